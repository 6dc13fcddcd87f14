using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Accounts;

/// <summary>Optimistic concurrency: a save based on an old version is refused and changes nothing.</summary>
public sealed class UpdateAccountTests : IAsyncLifetime
{
    private static readonly CurrentUser Admin = new("admin", "Admin", new HashSet<string> { Roles.Administrator }, null);
    private InMemoryKeyplan _keyplan = default!;
    private int _accountId;
    private int _businessAreaId;

    public async Task InitializeAsync()
    {
        _keyplan = await InMemoryKeyplan.CreateAsync();
        await using var scope = _keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        var area = new BusinessArea { Name = "North", Code = "N" };
        var account = new Account { Name = "Vossberg Maschinenbau GmbH", BusinessArea = area, City = "Bielefeld" };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        (_accountId, _businessAreaId) = (account.Id, area.Id);
    }

    private Task<Result<AccountDetails>> UpdateAsync(int expectedVersion, string city) =>
        _keyplan.WithAsync<UpdateAccountHandler, Result<AccountDetails>>(handler => handler.HandleAsync(
            _accountId, expectedVersion, new AccountInput { Name = "Vossberg Maschinenbau GmbH", BusinessAreaId = _businessAreaId, City = city },
            Admin, CancellationToken.None));

    [Fact]
    public async Task Update_WithCurrentVersion_SavesAndRaisesVersion()
    {
        var result = await UpdateAsync(expectedVersion: 1, "Gütersloh");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Value!.Version);
        Assert.Equal("Gütersloh", result.Value.City);
    }

    [Fact]
    public async Task Update_WithOldVersion_IsStaleAndKeepsTheOtherSave()
    {
        await UpdateAsync(expectedVersion: 1, "Gütersloh");

        var second = await UpdateAsync(expectedVersion: 1, "Paderborn");
        var current = await _keyplan.WithAsync<GetAccountHandler, Result<AccountDetails>>(h => h.HandleAsync(_accountId, Admin, CancellationToken.None));

        Assert.Equal(2, Assert.IsType<Failure.Stale>(second.Failure).CurrentVersion);
        Assert.Equal("Gütersloh", current.Value!.City);
    }

    [Fact]
    public async Task Update_WithInvalidCountry_ReturnsFieldErrorAndSavesNothing()
    {
        var result = await _keyplan.WithAsync<UpdateAccountHandler, Result<AccountDetails>>(handler => handler.HandleAsync(
            _accountId, 1, new AccountInput { Name = "X", BusinessAreaId = _businessAreaId, Country = "Deutschland" }, Admin, CancellationToken.None));

        var invalid = Assert.IsType<Failure.Invalid>(result.Failure);
        Assert.Equal(["country"], invalid.Errors.Keys);
    }

    public async Task DisposeAsync() => await _keyplan.DisposeAsync();
}
