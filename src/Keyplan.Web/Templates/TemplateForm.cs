using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;

namespace Keyplan.Web.Templates;

/// <summary>The template editor's mutable copy: every section of the catalog, switched on or off, with its custom fields.</summary>
public sealed class TemplateForm
{
    public string Name { get; set; } = string.Empty;
    public List<TemplateSectionForm> Sections { get; set; } = [];

    public static TemplateForm From(TemplateDetails template) => new()
    {
        Name = template.Name,
        Sections = [.. SectionCatalog.All.Select(s => new TemplateSectionForm
        {
            Key = s.Key,
            On = template.Definition.Has(s.Key),
            Fields = [.. template.Definition.FieldsOf(s.Key).Select(f => new CustomFieldForm
            {
                Id = f.Id, Label = f.Label, Type = f.Type, Required = f.Required, Options = string.Join("\n", f.Options),
            })],
        })],
    };

    /// <summary>The request; <paramref name="paths"/> gets each sent section's index mapped to its form section, for messages.</summary>
    public UpdateTemplateRequest ToRequest(List<TemplateSectionForm> paths)
    {
        paths.Clear();
        paths.AddRange(Sections.Where(s => s.On));
        return new UpdateTemplateRequest
        {
            Name = Name,
            Sections = [.. paths.Select(s => new TemplateSection(s.Key, [.. s.Fields.Select(f => new CustomFieldDefinition(
                f.Id ?? string.Empty, f.Label, f.Type,
                f.Type == CustomFieldType.Choice ? [.. f.Options.Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0)] : [],
                f.Required))]))],
        };
    }
}

public sealed class TemplateSectionForm
{
    public string Key { get; set; } = string.Empty;
    public bool On { get; set; }
    public List<CustomFieldForm> Fields { get; set; } = [];
}

public sealed class CustomFieldForm
{
    /// <summary>Null for a new field: the server gives it its id.</summary>
    public string? Id { get; set; }
    public string Label { get; set; } = string.Empty;
    public CustomFieldType Type { get; set; }
    public bool Required { get; set; }

    /// <summary>A choice field's options, one per line.</summary>
    public string Options { get; set; } = string.Empty;
}
