using System.Globalization;
using System.Text.RegularExpressions;
using Keyplan.Core;
using Keyplan.Core.Audit;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Plans;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Audit;

/// <summary>The audit trail of one account or one plan, newest first, fifty entries at a time.</summary>
public sealed partial class AuditTrailView
{
    private List<AuditEntryDetails>? _entries;
    private long? _nextBefore;
    private bool _loading;

    /// <summary>The account whose trail (with its plans') is shown; set this or <see cref="PlanId"/>.</summary>
    [Parameter]
    public int? AccountId { get; set; }

    /// <summary>The plan whose trail is shown; set this or <see cref="AccountId"/>.</summary>
    [Parameter]
    public int? PlanId { get; set; }

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _entries = null;
        _nextBefore = null;
        await LoadAsync(before: null);
    }

    private Task LoadMoreAsync() => LoadAsync(_nextBefore);

    private async Task LoadAsync(long? before)
    {
        _loading = true;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<GetAuditTrailHandler>();
            var query = new AuditTrailQuery(before);
            var result = PlanId is { } planId
                ? await handler.ForPlanAsync(planId, query, User, CancellationToken.None)
                : await handler.ForAccountAsync(AccountId!.Value, query, User, CancellationToken.None);
            if (result.Value is { } page)
            {
                _entries = [.. _entries ?? [], .. page.Entries];
                _nextBefore = page.NextBefore;
            }
            else
            {
                _entries ??= [];
            }
        }
        finally
        {
            _loading = false;
        }
    }

    private string EntityName(AuditEntryDetails entry) =>
        Text("Audit.Entity." + entry.EntityType) ?? entry.EntityType;

    /// <summary>
    /// Entity fields by their label; fields inside a plan section ("objectives[…].target") by the section's title and the
    /// names the section forms use, without the item ids.
    /// </summary>
    private string FieldName(AuditEntryDetails entry, string field)
    {
        // Fields inside a section's content are "<section key>.<path>"; the section row's own columns have no dot.
        if (entry.EntityType != "PlanSection" || !field.Contains('.', StringComparison.Ordinal))
        {
            return Text("Audit.Field." + field) ?? field;
        }

        var parts = ItemIndex().Replace(field, "").Split('.', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" › ", parts.Select((part, i) => i == 0 && SectionCatalog.Find(part) is not null ? PlanText.SectionTitle(part) : Text("Field." + part) ?? part));
    }

    /// <summary>Invariant text from the trail shown in the reader's culture.</summary>
    private string Value(string value)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (value is "True" or "False")
        {
            return L[value == "True" ? "Common.Yes" : "Common.No"];
        }

        if (!value.Contains('.', StringComparison.Ordinal) && long.TryParse(value, NumberStyles.AllowLeadingSign, invariant, out var whole))
        {
            return whole.ToString(CultureInfo.CurrentCulture);
        }

        if (decimal.TryParse(value, NumberStyles.Number, invariant, out var number))
        {
            return number.ToString("#,##0.##", CultureInfo.CurrentCulture);
        }

        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date))
        {
            return date.ToString("d", CultureInfo.CurrentCulture);
        }

        if (value.Length > 20 && DateTimeOffset.TryParseExact(value, "O", invariant, DateTimeStyles.None, out var instant))
        {
            return instant.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);
        }

        return value;
    }

    private string? Text(string key)
    {
        var text = L[key];
        return text.ResourceNotFound ? null : text.Value;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex ItemIndex();
}
