using System.Text.Json;
using Keyplan.Core.Dashboards;
using Keyplan.Core.Decisions;
using Keyplan.Core.Identity;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Reviews;

namespace Keyplan.Core.Demo;

/// <summary>
/// The controlling side of the demo (SPEC §3): the German example plan has held every review so far, the Dutch one has
/// missed its latest (overdue), one partial plan has not changed for five months (stale), and the example plans'
/// decision requests were put to leadership — the decided ones decided, the open ones waiting on a desk.
/// </summary>
internal sealed class DemoGovernance(IReadOnlyList<Plan> plans, IReadOnlyDictionary<string, User> users, DateTimeOffset now)
{
    private readonly List<PlanReview> _reviews = [];
    private readonly List<DecisionSubmission> _decisions = [];
    private readonly List<Notification> _notifications = [];
    private int _open;

    private DateOnly Today => DateOnly.FromDateTime(now.UtcDateTime);
    private string Bam => users[DemoUsers.Bam].Id;
    private string Management => users[DemoUsers.Management].Id;

    public (List<PlanReview> Reviews, List<DecisionSubmission> Decisions, List<Notification> Notifications) Build()
    {
        if (Find(DemoPlans.GermanAccount) is { } german)
        {
            Review(german, skipLatest: false);
        }

        if (Find(DemoPlans.DutchAccount) is { } dutch)
        {
            Review(dutch, skipLatest: true);
        }

        foreach (var plan in new[] { DemoPlans.GermanAccount, DemoPlans.DutchAccount, DemoPlans.BritishAccount }.Select(Find).OfType<Plan>())
        {
            SubmitDecisions(plan);
        }

        // A plan nobody has touched for five months, while its year runs: the dashboards flag it as stale.
        if (plans.Where(p => p.Account!.Name is not (DemoPlans.GermanAccount or DemoPlans.DutchAccount or DemoPlans.BritishAccount)
                && p.Status == PlanStatus.Draft && p.PeriodStart <= Today && p.PeriodEnd >= Today).Skip(1).FirstOrDefault() is { } stale)
        {
            stale.UpdatedAt = now.AddMonths(-5);
        }

        return (_reviews, _decisions, _notifications);
    }

    /// <summary>The account planning programme as sales leadership set it up (SPEC §3, "Rollout").</summary>
    public RolloutProgramme Programme()
    {
        var year = Today.Year;
        ExpectedBenefit[] benefits =
        [
            new() { Description = "Higher share of wallet at the A customers (+3 points)", Amount = 1_200_000m },
            new() { Description = "Fewer lost renewals at key accounts", Amount = 350_000m },
            new() { Description = "Shared customer knowledge when a KAM changes" },
            new() { Description = "Sales budget built from the customers up" },
        ];
        Milestone[] milestones =
        [
            new() { Title = "Key accounts selected with the selection matrix", Due = new DateOnly(year, 1, 31), Done = true },
            new() { Title = "Pilot in Industrial Automation: first plans approved", Due = new DateOnly(year, 3, 31), Done = true },
            new() { Title = "Every A customer with an approved plan", Due = new DateOnly(year, 6, 30), Done = false },
            new() { Title = "Quarterly reviews held on time in all business areas", Due = new DateOnly(year, 12, 31), Done = false },
        ];
        return new RolloutProgramme
        {
            Goals = "Every key account has a current, approved plan that its account team works with, reviewed every quarter.\n"
                + "Leadership steers the key accounts and builds the sales budget from the plans.",
            Benefits = JsonSerializer.Serialize(benefits, SectionJson.Options),
            Budget = 180_000m,
            Milestones = JsonSerializer.Serialize(milestones, SectionJson.Options),
        };
    }

    private Plan? Find(string account) => plans.FirstOrDefault(p => p.Account!.Name == account);

    /// <summary>A review a week after each due date past its grace days; with <paramref name="skipLatest"/> the latest is missing, so it is overdue.</summary>
    private void Review(Plan plan, bool skipLatest)
    {
        var passed = ReviewSchedule.DueDates(plan.PeriodStart, plan.PeriodEnd, plan.ReviewIntervalMonths)
            .Where(d => d.AddDays(ReviewSchedule.GraceDays) < Today).ToList();
        if (skipLatest && passed.Count > 0)
        {
            passed.RemoveAt(passed.Count - 1);
        }

        var kpis = Read<KpisSection>(plan, SectionKeys.Kpis)?.Kpis ?? [];
        var team = string.Join(", ", plan.Team.Select(t => t.UserId).Prepend(plan.OwnerId).Append(Bam).Distinct(StringComparer.Ordinal)
            .Select(id => users.Values.FirstOrDefault(u => u.Id == id)?.DisplayName).OfType<string>());
        foreach (var due in passed)
        {
            var actuals = kpis
                .Select(k => (Kpi: k, Actual: k.Actuals.FirstOrDefault(a => a.PeriodEnd == due)?.Actual))
                .Where(x => x.Actual is not null)
                .Select(x => new ReviewKpiActual(x.Kpi.Id, x.Kpi.Name ?? string.Empty, x.Kpi.Unit, x.Kpi.Target, x.Actual!.Value, x.Kpi.Status ?? KpiStatus.OnTrack, x.Kpi.Status))
                .ToList();
            var heldOn = due.AddDays(7);
            _reviews.Add(new PlanReview
            {
                PlanId = plan.Id, HeldOn = heldOn, PeriodEnd = due, Participants = team,
                KpiActuals = JsonSerializer.Serialize(actuals, SectionJson.Options),
                ObjectivesProgress = plan.Language == "de" ? "Ziele im Plan; Services liegen vorn, Steuerungen knapp dahinter." : plan.Language == "nl" ? "Doelstellingen op koers; service loopt voor, besturingen iets achter." : "Objectives on course; services ahead, controllers slightly behind.",
                ActionsProgress = plan.Language == "de" ? "Referenzzelle in Arbeit, Schulungen terminiert." : plan.Language == "nl" ? "Referentiecel in uitvoering, trainingen gepland." : "Reference cell in progress, training scheduled.",
                NextSteps = plan.Language == "de" ? "Werksbesuch mit dem Einkauf vereinbaren." : plan.Language == "nl" ? "Fabrieksbezoek met inkoop plannen." : "Arrange the plant visit with purchasing.",
                RecordedById = plan.OwnerId, RecordedAt = now.AddDays(-(Today.DayNumber - heldOn.DayNumber)),
            });
        }
    }

    /// <summary>Every titled request of the plan's decisions section as put to leadership: decided as the section says, or waiting.</summary>
    private void SubmitDecisions(Plan plan)
    {
        var requests = Read<DecisionsSection>(plan, SectionKeys.Decisions)?.Requests ?? [];
        foreach (var request in requests.Where(r => !string.IsNullOrWhiteSpace(r.Title)))
        {
            var decided = request.Decision != DecisionOutcome.Pending;
            var submittedAt = now.AddDays(decided ? -45 : -6);
            // Every second open request went on to management, so both desks have something.
            var stage = decided ? DecisionStage.Decided : _open++ % 2 == 0 ? DecisionStage.BusinessAreaManager : DecisionStage.Management;
            _decisions.Add(new DecisionSubmission
            {
                PlanId = plan.Id, ItemId = request.Id, Title = request.Title!, Kind = request.Kind, Amount = request.Amount, Rationale = request.Rationale,
                Options = request.Options.Count == 0 ? null : string.Join('\n', request.Options.Select(o => o.Text)),
                Recommendation = request.Recommendation, Stage = stage, SubmittedById = plan.OwnerId, SubmittedAt = submittedAt,
                EscalatedById = stage == DecisionStage.Management ? Bam : null, EscalatedAt = stage == DecisionStage.Management ? now.AddDays(-3) : null,
                Outcome = request.Decision, DecidedById = decided ? request.DeciderUserId ?? Bam : null,
                DecidedOn = decided ? request.DecisionDate ?? Today.AddDays(-30) : null,
            });
            if (!decided)
            {
                _notifications.Add(new Notification
                {
                    RecipientId = stage == DecisionStage.Management ? Management : Bam,
                    Kind = stage == DecisionStage.Management ? NotificationKind.DecisionEscalated : NotificationKind.DecisionRequested,
                    PlanId = plan.Id, Subject = $"{plan.Account!.Name}: {request.Title}", ActorId = stage == DecisionStage.Management ? Bam : plan.OwnerId,
                    CreatedAt = stage == DecisionStage.Management ? now.AddDays(-3) : submittedAt,
                });
            }
        }
    }

    private static T? Read<T>(Plan plan, string key) where T : SectionContent =>
        plan.Sections.FirstOrDefault(s => s.Key == key) is { } section ? JsonSerializer.Deserialize<T>(section.Content, SectionJson.Options) : null;
}
