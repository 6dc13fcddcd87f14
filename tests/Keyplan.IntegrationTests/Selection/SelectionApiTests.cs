using System.Net;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Selection;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Selection;

/// <summary>Selection criteria, ratings and the matrix over HTTP, once per database provider.</summary>
public abstract class SelectionApiTests(KeyplanApp app)
{
    // The seeded default criteria: four attractiveness ones (weights 3, 2, 2, 1), then four strength ones (3, 2, 2, 1).
    private static readonly int[] Attractiveness = [1, 2, 3, 4];
    private static readonly int[] Strength = [5, 6, 7, 8];

    private async Task<AccountDetails> NewAccountInBamAreaAsync(HttpClient bam) =>
        await (await bam.PostJsonAsync("/api/accounts",
            new AccountBuilder().InBusinessArea(await app.BusinessAreaOfAsync(DemoUsers.Bam)).Build())).ReadAsync<AccountDetails>();

    private static Task<HttpResponseMessage> RateAsync(HttpClient client, int accountId, params (int Criterion, int Value)[] ratings) =>
        client.PostJsonAsync($"/api/accounts/{accountId}/ratings",
            new RateAccountInput { Ratings = [.. ratings.Select(r => new RatingInput { CriterionId = r.Criterion, Value = r.Value })] });

    private static async Task<MatrixAccount> MatrixRowAsync(HttpClient client, string query, int accountId)
    {
        var matrix = await (await client.GetAsync($"/api/portfolio/matrix{query}")).ReadAsync<MatrixDetails>();
        return matrix.Accounts.Single(a => a.AccountId == accountId);
    }

    [Fact]
    public async Task DefaultCriteria_AreSeeded_WithTenLevelsEach()
    {
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var criteria = await (await kam.GetAsync("/api/selection-criteria")).ReadAsync<List<CriterionDetails>>();
        var seeded = criteria.Where(c => c.Id <= 8).ToList();

        Assert.Equal(Attractiveness, seeded.Where(c => c.Group == CriterionGroup.Attractiveness).Select(c => c.Id));
        Assert.Equal(Strength, seeded.Where(c => c.Group == CriterionGroup.Strength).Select(c => c.Id));
        Assert.All(seeded, c => Assert.Equal(10, c.LevelDescriptions.Count));
        Assert.Equal("Revenue potential", seeded[0].Name);
    }

    [Fact]
    public async Task Matrix_AgreesWithHandComputedScores_AndTheThresholdIsInclusive()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await NewAccountInBamAreaAsync(bam);
        var productGroupId = await app.ProductGroupIdAsync();
        var lastYear = DateTimeOffset.UtcNow.Year - 1; // the demo's fiscal year starts in January
        await bam.PostJsonAsync($"/api/accounts/{account.Id}/revenue",
            new RevenueInput { Year = lastYear, ProductGroupId = productGroupId, Revenue = 120_000m, ContributionMargin = 30_000m });

        var rated = await RateAsync(bam, account.Id, (1, 8), (2, 6), (3, 5), (4, 4), (5, 5), (6, 5), (7, 6), (8, 3));

        // Attractiveness (3·8 + 2·6 + 2·5 + 1·4) / 8 = 50 / 8 = 6.25; strength (3·5 + 2·5 + 2·6 + 1·3) / 8 = 40 / 8 = 5.
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        var atDefault = await MatrixRowAsync(bam, string.Empty, account.Id);
        Assert.Equal(6.25m, atDefault.Attractiveness);
        Assert.Equal(5m, atDefault.Strength);
        Assert.Equal(Quadrant.Strategic, atDefault.Quadrant);
        Assert.Equal(120_000m, atDefault.Revenue);
        Assert.Equal(8, atDefault.RatedCriteria);
        Assert.Equal(Quadrant.Star, (await MatrixRowAsync(bam, "?threshold=5", account.Id)).Quadrant);
        Assert.Equal(Quadrant.Streamline, (await MatrixRowAsync(bam, "?threshold=6.5", account.Id)).Quadrant);
    }

    [Fact]
    public async Task UnratedCriteria_AreLeftOut_AndAnAccountWithoutStrengthRatingsHasNoPosition()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await NewAccountInBamAreaAsync(bam);

        await RateAsync(bam, account.Id, (1, 9), (4, 3));
        var row = await MatrixRowAsync(bam, $"?businessAreaId={account.BusinessAreaId}", account.Id);

        // (3·9 + 1·3) / 4 = 7.5; no strength rating, so no quadrant.
        Assert.Equal(7.5m, row.Attractiveness);
        Assert.Null(row.Strength);
        Assert.Null(row.Quadrant);
    }

    [Fact]
    public async Task Rating_AddsARow_TheLatestCounts_AndTheHistoryIsKept()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await NewAccountInBamAreaAsync(bam);

        await RateAsync(bam, account.Id, (2, 4));
        var second = await (await RateAsync(bam, account.Id, (2, 9))).ReadAsync<AccountRatingsDetails>();
        var fetched = await (await bam.GetAsync($"/api/accounts/{account.Id}/ratings")).ReadAsync<AccountRatingsDetails>();

        var growth = fetched.Criteria.Single(c => c.Criterion.Id == 2);
        Assert.True(second.CanRate);
        Assert.Equal(9, growth.Current!.Value);
        Assert.Equal("Sabine Krüger", growth.Current.RatedBy);
        Assert.Equal([9, 4], growth.History.Select(h => h.Value));
        Assert.Equal(9m, fetched.Attractiveness);
        Assert.Equal(2, await app.DbAsync(db => db.AccountRatings.CountAsync(r => r.AccountId == account.Id)));
    }

    [Fact]
    public async Task OnlyManagementAndTheAreasBusinessAreaManager_Rate()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        using var management = await app.ClientForAsync(DemoUsers.Management);
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        var kamAccount = await app.AccountOwnedByAsync(await app.UserIdAsync(DemoUsers.Kam));
        var elsewhere = await app.AccountHiddenFromAsync(DemoUsers.Bam);

        Assert.Equal(HttpStatusCode.Forbidden, (await RateAsync(kam, kamAccount, (1, 5))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RateAsync(admin, kamAccount, (1, 5))).StatusCode);
        Assert.False((await (await kam.GetAsync($"/api/accounts/{kamAccount}/ratings")).ReadAsync<AccountRatingsDetails>()).CanRate);
        Assert.Equal(HttpStatusCode.NotFound, (await RateAsync(bam, elsewhere, (1, 5))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RateAsync(management, elsewhere, (1, 5))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RateAsync(bam, kamAccount, (1, 5))).StatusCode);
    }

    [Fact]
    public async Task Rating_RefusesValuesOutsideTheScale_AndUnknownCriteria()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await NewAccountInBamAreaAsync(bam);

        var response = await RateAsync(bam, account.Id, (1, 11), (9999, 5), (3, 0));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["ratings[0].value", "ratings[1].criterionId", "ratings[2].value"], (await response.ValidationErrorsAsync()).Keys.Order());
        Assert.Equal(0, await app.DbAsync(db => db.AccountRatings.CountAsync(r => r.AccountId == account.Id)));
    }

    [Fact]
    public async Task Matrix_ShowsOnlyVisibleAccounts_AndRefusesAThresholdOffTheScale()
    {
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var visible = await app.VisibleAccountIdsAsync(q => q.Where(a => a.KeyAccountManagerId == kamId || a.Team.Any(t => t.UserId == kamId)));

        var matrix = await (await kam.GetAsync("/api/portfolio/matrix")).ReadAsync<MatrixDetails>();
        var invalid = await kam.GetAsync("/api/portfolio/matrix?threshold=11");

        Assert.Equal(visible, matrix.Accounts.Select(a => a.AccountId).Order());
        Assert.Equal(MatrixScoring.DefaultThreshold, matrix.Threshold);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task DemoMatrix_IsPopulated()
    {
        using var management = await app.ClientForAsync(DemoUsers.Management);

        var matrix = await (await management.GetAsync("/api/portfolio/matrix")).ReadAsync<MatrixDetails>();

        Assert.True(matrix.Accounts.Count(a => a.Quadrant is not null) >= 40);
        Assert.Equal(4, matrix.Accounts.Where(a => a.Quadrant is not null).Select(a => a.Quadrant).Distinct().Count());
    }

    [Fact]
    public async Task Criteria_AreManagedByAdministrators_WithOptimisticConcurrency()
    {
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var input = new CriterionInput { Group = CriterionGroup.Strength, Name = "Delivery reliability", Weight = 1.5m, LevelDescriptions = ["Often late", null, "Usually on time"] };

        Assert.Equal(HttpStatusCode.Forbidden, (await bam.PostJsonAsync("/api/selection-criteria", input)).StatusCode);
        var zeroWeight = await admin.PostJsonAsync("/api/selection-criteria", new CriterionInput { Group = CriterionGroup.Strength, Name = "x", Weight = 0m });
        Assert.Equal(["weight"], (await zeroWeight.ValidationErrorsAsync()).Keys);

        var created = await admin.PostJsonAsync("/api/selection-criteria", input);
        var criterion = await created.ReadAsync<CriterionDetails>();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["Often late", "", "Usually on time", "", "", "", "", "", "", ""], criterion.LevelDescriptions);

        var url = $"/api/selection-criteria/{criterion.Id}";
        input.Weight = 2m;
        var updated = await admin.PutJsonAsync(url, input, $"\"{criterion.Version}\"");
        var stale = await admin.PutJsonAsync(url, input, $"\"{criterion.Version}\"");
        var missing = await admin.PutJsonAsync(url, input, null);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(2m, (await updated.ReadAsync<CriterionDetails>()).Weight);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await bam.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync(url)).StatusCode);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteSelectionApiTests(SqliteApp app) : SelectionApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresSelectionApiTests(PostgresApp app) : SelectionApiTests(app), IClassFixture<PostgresApp>;
