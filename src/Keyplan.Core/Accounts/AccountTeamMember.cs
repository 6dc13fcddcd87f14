using Keyplan.Core.Identity;

namespace Keyplan.Core.Accounts;

/// <summary>A user on an account's team, with their role there. Team members may read the account.</summary>
public class AccountTeamMember
{
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string UserId { get; set; }
    public User? User { get; set; }
    public TeamRole Role { get; set; }
}

public enum TeamRole
{
    SalesSupport,
    TechnicalSpecialist,
    CustomerService,
    ProductSpecialist,
    ExecutiveSponsor,
    Other,
}
