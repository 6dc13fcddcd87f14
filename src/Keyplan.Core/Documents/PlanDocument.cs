using System.Globalization;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Documents;

/// <summary>Who a document is for: the internal team, or the customer (only the shareable parts).</summary>
public enum DocumentAudience
{
    Internal,
    Customer,
}

/// <summary>
/// A plan as every document format reads it: already resolved (names instead of ids), already formatted in the plan's
/// language, with the figures the charts draw. Writers only lay it out, so the formats cannot disagree on content.
/// </summary>
public sealed record PlanDocument(
    int PlanId,
    DocumentAudience Audience,
    DocumentText Text,
    string Title,
    string AccountName,
    string PeriodLabel,
    string Period,
    string OwnerName,
    string Status,
    string Currency,
    IReadOnlyList<DocumentField> Cover,
    IReadOnlyList<DocumentSection> Sections,
    RelationshipMap? Relationships,
    DocumentCharts Charts)
{
    public CultureInfo Culture => Text.Culture;
}

/// <summary>One section of the plan, with its SPEC §2 number and its title in the plan's language.</summary>
public sealed record DocumentSection(string Key, int Number, string Title, IReadOnlyList<DocumentBlock> Blocks);

public abstract record DocumentBlock;

/// <summary>Labelled values ("Mission: …"), shown as a two-column list.</summary>
public sealed record FieldList(string? Caption, IReadOnlyList<DocumentField> Fields) : DocumentBlock;

public sealed record DocumentTable(string? Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <summary>A place where a chart of <see cref="DocumentCharts"/> belongs within a section.</summary>
public sealed record ChartBlock(ChartKind Kind) : DocumentBlock;

public sealed record DocumentField(string Label, string Value);

public enum ChartKind
{
    RevenueTrend,
    Whitespace,
    KpiTargets,
    CostPlan,
}

/// <summary>The account's contacts with their reporting lines: the org chart the buying center is drawn on.</summary>
public sealed record RelationshipMap(IReadOnlyList<MapPerson> People);

/// <param name="Assessment">Roles and our relationship; empty in the customer document.</param>
public sealed record MapPerson(int Id, string Name, string? Title, string? Department, int? ReportsToId, string? ReportsToName, string Assessment);

/// <summary>The numbers behind the charts, as numbers (formatting is each writer's job, in <see cref="PlanDocument.Culture"/>).</summary>
public sealed record DocumentCharts(
    IReadOnlyList<RevenuePoint> Revenue,
    IReadOnlyList<KpiPoint> Kpis,
    IReadOnlyList<CostPoint> Costs,
    IReadOnlyList<WhitespacePoint> Whitespace)
{
    public static DocumentCharts None { get; } = new([], [], [], []);

    public bool Has(ChartKind kind) => kind switch
    {
        ChartKind.RevenueTrend => Revenue.Count > 0,
        ChartKind.KpiTargets => Kpis.Count > 0,
        ChartKind.CostPlan => Costs.Count > 0,
        ChartKind.Whitespace => Whitespace.Count > 0,
        _ => false,
    };
}

/// <param name="ShareOfWalletPercent">Our revenue over the customer's purchase volume; null where the volume is unknown.</param>
public sealed record RevenuePoint(int Year, decimal Revenue, decimal? ShareOfWalletPercent);

public sealed record KpiPoint(string Name, decimal? Target, decimal? Actual);

public sealed record CostPoint(string Category, decimal Amount);

/// <param name="State">The whitespace state in the plan's language.</param>
public sealed record WhitespacePoint(string State, int Cells, decimal Value);

/// <summary>Where the relationship map (<see cref="PlanDocument.Relationships"/>) belongs: in the buying center section.</summary>
public sealed record RelationshipBlock : DocumentBlock;
