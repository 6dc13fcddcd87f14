using Keyplan.Core.Accounts;

namespace Keyplan.IntegrationTests.Accounts;

/// <summary>Builds valid account input for tests; each test changes only what it is about.</summary>
public sealed class AccountBuilder
{
    private readonly AccountInput _input = new()
    {
        Name = "Testwerk " + Guid.NewGuid().ToString("N")[..8],
        AccountNumber = "T-" + Random.Shared.Next(100_000, 999_999),
        Industry = "Machinery",
        Country = "DE",
        City = "Köln",
        Website = "https://testwerk.example",
        Employees = 250,
        AnnualRevenue = 12_500_000m,
    };

    public AccountBuilder InBusinessArea(int businessAreaId)
    {
        _input.BusinessAreaId = businessAreaId;
        return this;
    }

    public AccountBuilder WithKeyAccountManager(string? userId)
    {
        _input.KeyAccountManagerId = userId;
        return this;
    }

    public AccountBuilder With(Action<AccountInput> change)
    {
        change(_input);
        return this;
    }

    public AccountInput Build() => _input;
}
