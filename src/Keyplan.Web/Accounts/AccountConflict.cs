using Keyplan.Core.Accounts;

namespace Keyplan.Web.Accounts;

/// <summary>
/// After a save was refused because someone else saved first: which fields of the form differ from what is now
/// stored, so the page can show their value beside the user's before the user overwrites or discards.
/// </summary>
public static class AccountConflict
{
    /// <summary>The compared fields in form order, by property name of <see cref="AccountInput"/>.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        nameof(AccountInput.Name), nameof(AccountInput.AccountNumber), nameof(AccountInput.SourceSystem),
        nameof(AccountInput.SourceRecordId), nameof(AccountInput.BusinessAreaId), nameof(AccountInput.KeyAccountManagerId),
        nameof(AccountInput.IsKeyAccount), nameof(AccountInput.ParentAccountId), nameof(AccountInput.Industry),
        nameof(AccountInput.Country), nameof(AccountInput.City), nameof(AccountInput.Website), nameof(AccountInput.Employees),
        nameof(AccountInput.AnnualRevenue), nameof(AccountInput.Currency), nameof(AccountInput.Description), nameof(AccountInput.Team),
    ];

    /// <summary>
    /// Fields whose stored value (<paramref name="theirs"/>) differs from the form (<paramref name="yours"/>), ignoring
    /// what saving would not change anyway: surrounding spaces, empty versus missing text, the case of codes, team order.
    /// </summary>
    public static IReadOnlyList<string> DifferentFields(AccountInput theirs, AccountInput yours) =>
        Fields.Where(field => !Same(field, theirs, yours)).ToList();

    private static bool Same(string field, AccountInput theirs, AccountInput yours) => field switch
    {
        nameof(AccountInput.Name) => Text(theirs.Name) == Text(yours.Name),
        nameof(AccountInput.AccountNumber) => Text(theirs.AccountNumber) == Text(yours.AccountNumber),
        nameof(AccountInput.SourceSystem) => Text(theirs.SourceSystem) == Text(yours.SourceSystem),
        nameof(AccountInput.SourceRecordId) => Text(theirs.SourceRecordId) == Text(yours.SourceRecordId),
        nameof(AccountInput.BusinessAreaId) => theirs.BusinessAreaId == yours.BusinessAreaId,
        nameof(AccountInput.KeyAccountManagerId) => Text(theirs.KeyAccountManagerId) == Text(yours.KeyAccountManagerId),
        nameof(AccountInput.IsKeyAccount) => theirs.IsKeyAccount == yours.IsKeyAccount,
        nameof(AccountInput.ParentAccountId) => theirs.ParentAccountId == yours.ParentAccountId,
        nameof(AccountInput.Industry) => Text(theirs.Industry) == Text(yours.Industry),
        nameof(AccountInput.Country) => Code(theirs.Country) == Code(yours.Country),
        nameof(AccountInput.City) => Text(theirs.City) == Text(yours.City),
        nameof(AccountInput.Website) => Text(theirs.Website) == Text(yours.Website),
        nameof(AccountInput.Employees) => theirs.Employees == yours.Employees,
        nameof(AccountInput.AnnualRevenue) => theirs.AnnualRevenue == yours.AnnualRevenue,
        nameof(AccountInput.Currency) => Code(theirs.Currency) == Code(yours.Currency),
        nameof(AccountInput.Description) => Text(theirs.Description) == Text(yours.Description),
        nameof(AccountInput.Team) => Team(theirs).SetEquals(Team(yours)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a compared field."),
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Code(string? value) => Text(value)?.ToUpperInvariant();

    private static HashSet<(string?, TeamRole)> Team(AccountInput input) =>
        input.Team.Select(t => (Text(t.UserId), t.Role)).ToHashSet();
}
