using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Accounts;

/// <summary>The account's revenue history: chart, year × product group table, and the rows to edit.</summary>
public sealed partial class AccountRevenue
{
    private RevenueTable _table = RevenueTable.From([]);
    private List<LookupItem<int>> _productGroups = [];

    /// <summary>The account's ISO currency code.</summary>
    [Parameter, EditorRequired]
    public string Currency { get; set; } = string.Empty;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await base.OnInitializedAsync();
        if (CanEdit)
        {
            await using var scope = Scopes.CreateAsyncScope();
            _productGroups = await scope.ServiceProvider.GetRequiredService<LookupsHandler>().ProductGroupsAsync(CancellationToken.None);
        }
    }

    protected override int IdOf(RevenueDetails record) => record.Id;

    protected override int VersionOf(RevenueDetails record) => record.Version;

    protected override async Task<IReadOnlyList<RevenueDetails>> FetchAsync(IServiceProvider services) =>
        (await services.GetRequiredService<ListRevenueHandler>().HandleAsync(AccountId, User, CancellationToken.None)).Value ?? [];

    protected override void OnRecordsLoaded() => _table = RevenueTable.From(Records ?? []);

    // A new row is most likely for the last completed year.
    protected override RevenueInput InputFor(RevenueDetails? record) =>
        record is null ? new RevenueInput { Year = Clock.GetLocalNow().Year - 1 } : RevenueInput.From(record);

    protected override async Task<Failure?> SaveAsync(IServiceProvider services, RevenueDetails? editing, int? version, RevenueInput input) =>
        editing is null
            ? (await services.GetRequiredService<CreateRevenueHandler>().HandleAsync(AccountId, input, User, CancellationToken.None)).Failure
            : (await services.GetRequiredService<UpdateRevenueHandler>()
                .HandleAsync(AccountId, editing.Id, version!.Value, input, User, CancellationToken.None)).Failure;

    protected override async Task<Failure?> DeleteAsync(IServiceProvider services, RevenueDetails record) =>
        (await services.GetRequiredService<DeleteRevenueHandler>()
            .HandleAsync(AccountId, record.Id, record.Version, User, CancellationToken.None)).Failure;

    protected override (string Gone, string DeleteTitle, string DeleteQuestion, string DeleteStale, string Deleted) Texts(RevenueDetails? record) =>
        (L["Revenue.Gone"], L["Revenue.DeleteTitle"], L["Revenue.DeleteConfirm", record?.Year ?? 0, record?.ProductGroupName ?? string.Empty],
            L["Revenue.DeleteStale"], L["Common.Deleted"]);

    private string Amount(decimal value) => Money.Format(value, Currency);

    private string FormatAxis(object value) =>
        Money.Compact(Convert.ToDecimal(value, CultureInfo.InvariantCulture), Currency, L["Money.Thousands"], L["Money.Millions"]);
}
