namespace Keyplan.Cli;

/// <summary>What the `keyplan` command returns to the shell.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something unexpected went wrong; the message is on stderr.</summary>
    public const int Error = 1;

    /// <summary>The command line or a value was invalid; each problem is on stderr as "field: message".</summary>
    public const int InvalidInput = 2;

    /// <summary>The command had nothing to do, e.g. seed-demo on a database that already holds data.</summary>
    public const int NothingDone = 3;
}
