namespace Keyplan.Core.Accounts;

/// <summary>A record that belongs to one account (a contact, a revenue row) and is edited with the account's rights.</summary>
public interface IAccountChild : IVersioned
{
    int Id { get; }
    int AccountId { get; }
}
