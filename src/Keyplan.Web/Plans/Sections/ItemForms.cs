using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

/// <summary>A <see cref="TextItem"/> as a form edits it.</summary>
public sealed class TextItemForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Text { get; set; }

    public static List<TextItemForm> From(IEnumerable<TextItem> items) => [.. items.Select(i => new TextItemForm { Id = i.Id, Text = i.Text })];

    public static List<TextItem> ToItems(IEnumerable<TextItemForm> items) => [.. items.Select(i => new TextItem { Id = i.Id, Text = i.Text })];
}

/// <summary>A <see cref="DatedItem"/> as a form edits it.</summary>
public sealed class DatedItemForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateOnly? Date { get; set; }
    public string? Text { get; set; }

    public static List<DatedItemForm> From(IEnumerable<DatedItem> items) =>
        [.. items.Select(i => new DatedItemForm { Id = i.Id, Date = i.Date, Text = i.Text })];

    public static List<DatedItem> ToItems(IEnumerable<DatedItemForm> items) =>
        [.. items.Select(i => new DatedItem { Id = i.Id, Date = i.Date, Text = i.Text })];
}
