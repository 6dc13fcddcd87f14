using Keyplan.Core.Decisions;
using Keyplan.Core.Plans;

namespace Keyplan.Core.Dashboards;

/// <summary>Which plans the dashboards look at: those of one fiscal year (default: the current one), optionally of one business area.</summary>
public sealed record DashboardQuery(int? Year = null, int? BusinessAreaId = null);

/// <summary>A plan that needs attention, and the date that says why (review due or overdue since, last change).</summary>
public sealed record PlanFlag(int PlanId, string AccountName, string OwnerName, DateOnly Date);

/// <summary>How far a plan's objectives have come: the average over those whose KPI has an actual (see Budget.ObjectiveAttainment).</summary>
public sealed record PlanAttainment(int PlanId, string AccountName, string OwnerName, int Objectives, int Measured, decimal? Attainment);

public sealed record KamAttainmentSummary(string OwnerId, string OwnerName, int Plans, int Objectives, int Measured, decimal? Attainment);

public sealed record StatusCount(PlanStatus Status, int Plans);

public sealed record OpenDecision(int Id, int PlanId, string AccountName, string Title, DecisionStage Stage, DateTimeOffset SubmittedAt);

/// <summary>The leadership dashboard of SPEC §3 for one year and business area.</summary>
public sealed record LeadershipDashboard(
    int Year,
    int? BusinessAreaId,
    int Plans,
    IReadOnlyList<StatusCount> ByStatus,
    IReadOnlyList<PlanFlag> ReviewsDue,
    IReadOnlyList<PlanFlag> ReviewsOverdue,
    IReadOnlyList<PlanFlag> StalePlans,
    decimal? AverageQualityScore,
    int ScoredPlans,
    IReadOnlyList<PlanAttainment> PlanAttainment,
    IReadOnlyList<KamAttainmentSummary> KamAttainment,
    IReadOnlyList<OpenDecision> OpenDecisions);
