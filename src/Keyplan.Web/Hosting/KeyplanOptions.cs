namespace Keyplan.Web.Hosting;

/// <summary>The "Keyplan" configuration section.</summary>
public sealed class KeyplanOptions
{
    public const string SectionName = "Keyplan";
    public const double DefaultImportRetentionHours = 24;

    /// <summary>Seed the demo company into an empty database at start (never in Production).</summary>
    public bool SeedDemo { get; set; }

    /// <summary>Where uploaded import files wait for their commit; without it, "imports" in the data folder.</summary>
    public string? ImportDirectory { get; set; }

    /// <summary>Where zip exports of many plans are written (and deleted an hour later); without it, "exports" in the data folder.</summary>
    public string? ExportDirectory { get; set; }

    /// <summary>How long an upload waits for its commit before the clean-up removes it (and its preview).</summary>
    public double ImportRetentionHours { get; set; } = DefaultImportRetentionHours;
}
