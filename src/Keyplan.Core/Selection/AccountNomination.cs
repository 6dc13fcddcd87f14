namespace Keyplan.Core.Selection;

/// <summary>Why leadership made an account a key account (SPEC §3).</summary>
public enum NominationReason
{
    TopCustomer,
    DevelopmentAccount,
    LeadCustomerPotential,
    SpecialProject,
}

/// <summary>
/// One decision on an account's key-account status: a nomination (with reason and KAM) or a revocation. Rows are only
/// ever added, so the history shows who decided what and when.
/// </summary>
public class AccountNomination
{
    public const int CommentMaxLength = 2000;

    public int Id { get; set; }
    public int AccountId { get; set; }
    public Accounts.Account? Account { get; set; }

    /// <summary>True for a nomination, false for a revocation.</summary>
    public bool Nominated { get; set; }

    /// <summary>Set on nominations only.</summary>
    public NominationReason? Reason { get; set; }
    public string? Comment { get; set; }

    /// <summary>The KAM assigned with a nomination.</summary>
    public string? KeyAccountManagerId { get; set; }
    public Identity.User? KeyAccountManager { get; set; }
    public string? DecidedById { get; set; }
    public Identity.User? DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
