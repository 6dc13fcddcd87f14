using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Templates;

namespace Keyplan.Core.Plans;

/// <summary>Where a plan stands in its approval workflow (SPEC §3, "Review and approval").</summary>
public enum PlanStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Approved,
}

/// <summary>The built-in templates (SPEC §2): the full plan, or the light "overview sheet" for KAMs with many accounts.</summary>
public enum PlanTemplateKind
{
    Full,
    Light,
}

/// <summary>A key account plan: one account, one planning period, owned by its KAM.</summary>
public class Plan : IVersioned
{
    public const int LanguageMaxLength = 5;
    public const int MinReviewIntervalMonths = 1;
    public const int MaxReviewIntervalMonths = 24;
    public const int DefaultReviewIntervalMonths = 3;
    public static readonly string[] Languages = ["en", "de", "nl"];

    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>First and last day of the period, both inclusive.</summary>
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The fiscal year the period is, or null for a custom date range.</summary>
    public int? FiscalYear { get; set; }
    public required string OwnerId { get; set; }
    public User? Owner { get; set; }
    public PlanStatus Status { get; set; }
    public int ReviewIntervalMonths { get; set; } = DefaultReviewIntervalMonths;

    /// <summary>
    /// The number of the version being worked on (1 for a new plan). Approval freezes it as a
    /// <see cref="Workflow.PlanVersion"/>; editing the approved plan starts the next number.
    /// </summary>
    public int VersionNumber { get; set; } = 1;

    /// <summary>The language of the plan's documents (en, de, nl), independent of the reader's UI language.</summary>
    public required string Language { get; set; }

    /// <summary>The template version the plan was created with; it keeps it when the template changes later.</summary>
    public int TemplateVersionId { get; set; }
    public PlanTemplateVersion? TemplateVersion { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When any section or the plan itself last changed; drives the staleness check against the review interval.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public List<PlanTeamMember> Team { get; set; } = [];
    public List<PlanSection> Sections { get; set; } = [];
}

public class PlanTeamMember
{
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public required string UserId { get; set; }
    public User? User { get; set; }
    public TeamRole Role { get; set; }

    /// <summary>The KAM allows this team member to submit the plan for approval (SPEC §3).</summary>
    public bool CanSubmit { get; set; }
}

/// <summary>One section of a plan, stored as JSON (see <see cref="Sections.SectionContent"/>), with its own version.</summary>
public class PlanSection : IVersioned
{
    public const int KeyMaxLength = 30;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public required string Key { get; set; }
    public required string Content { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
    public User? UpdatedBy { get; set; }
}
