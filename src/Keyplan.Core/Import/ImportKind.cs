namespace Keyplan.Core.Import;

/// <summary>What an import file holds. Accounts come first: contacts point at accounts, revenue rows at account numbers.</summary>
public enum ImportKind
{
    Accounts,
    Contacts,
    Revenue,
}

/// <summary>The system a file was exported from; re-imports match records by this system and its record id.</summary>
public enum SourceSystem
{
    Salesforce,
    HubSpot,
    Dynamics,
    Erp,
    Keyplan,
}
