using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>The British example plan: potential, SWOT, objectives, strategy, actions, visits, costs, KPIs, decisions and communication.</summary>
internal static partial class DemoPlanBritish
{
    private sealed record Swot(SwotSection Section, SwotItem Forge, SwotItem Framework, SwotItem Renewal, SwotItem Incumbent, SwotItem NoCommissioning, SwotItem DualSourcing);

    private static PotentialSection Potential(DemoPlanBuilder b)
    {
        (string Code, decimal Maximum)[] groups = [("DRV", 900_000m), ("CTL", 700_000m), ("SEN", 950_000m), ("SW", 1_300_000m), ("SVC", 1_450_000m)];
        return new PotentialSection
        {
            CustomerGrowth = "A&M expects 5–7 % growth a year, mostly in aerospace and energy test rigs and in the aftermarket. Project Forge adds "
                + "around 30 automated cells in Sheffield and Rotherham over two years; every new machine from next year will be built on a standard motion platform.",
            Potentials = groups.Select(g => new RevenuePotential
            {
                ProductGroupId = b.ProductGroup(g.Code), MaximumRevenue = Thousands(Math.Max(g.Maximum, b.Revenue(b.LastYear, g.Code) * 1.2m)),
            }).ToList(),
            Whitespace =
            [
                .. groups.Select(g => new WhitespaceCell
                {
                    ProductGroupId = b.ProductGroup(g.Code),
                    State = b.Revenue(b.LastYear, g.Code) > 0 ? WhitespaceState.WeSupply : WhitespaceState.CompetitorSupplies,
                    Competitor = b.Revenue(b.LastYear, g.Code) > 0 ? null : "Hartwell Controls",
                }),
                new WhitespaceCell { Division = "Project Forge cells", ProductGroupId = b.ProductGroup("DRV"), State = WhitespaceState.Opportunity, Value = 420_000m },
                new WhitespaceCell { Division = "Project Forge cells", ProductGroupId = b.ProductGroup("CTL"), State = WhitespaceState.Opportunity, Value = 260_000m },
                new WhitespaceCell { Division = "Pittsburgh service hub", ProductGroupId = b.ProductGroup("SVC"), State = WhitespaceState.Opportunity, Value = 150_000m },
            ],
            Activities = Items("Build a proof of concept Forge cell with our drives and controllers", "Bid for the drives and controllers framework from October",
                "Extend the service agreement to the US installed base", "Offer condition monitoring on all new test rigs"),
        };
    }

    private static Swot NewSwot()
    {
        var forge = Item("Project Forge needs drives and controllers for about 30 automated cells", "The first cells set the standard for the whole works; we must be in the first one");
        var framework = Item("Hartwell's drives and controllers framework expires in September", "A once-in-five-years chance to become the motion supplier for all new machines");
        var renewal = Item("Our service agreement comes up for renewal in June", "Our strongest reference; losing it would undo our credibility for Forge");
        var incumbent = Item("Hartwell offers free engineering support to keep the framework", "We must make the switch easy: migration tools and a commissioning engineer on site");
        var noCommissioning = Item("We have no commissioning engineer based in South Yorkshire", "A&M doubts we can support Forge; a local engineer is the answer");
        var dualSourcing = Item("Procurement wants to dual-source sensors", "Could cost us a third of our sensor volume; bundle sensors with monitoring to make the split unattractive");
        return new Swot(new SwotSection
        {
            Strengths =
            [
                Item("Best-rated service supplier in A&M's scorecard", "Lead with service and uptime, not with price"),
                Item("Remote diagnostics proved itself in Pittsburgh", "A reference the board knows; use it in the Forge business case"),
            ],
            Weaknesses = [noCommissioning, Item("No relationship with the new CFO", "The economic buyer does not know us; arrange an executive meeting")],
            Opportunities = [forge, framework, renewal],
            Threats = [incumbent, dualSourcing],
            TopOpportunities = [Top(forge, 5, 4), Top(framework, 5, 3), Top(renewal, 4, 5)],
            TopRisks = [Top(incumbent, 5, 4), Top(noCommissioning, 4, 4), Top(dualSourcing, 3, 3)],
        }, forge, framework, renewal, incumbent, noCommissioning, dualSourcing);
    }

    private static ObjectivesSection Objectives(DemoPlanBuilder b, Swot swot) => new()
    {
        Objectives =
        [
            new Objective
            {
                Title = "Win drives and controllers for Project Forge", Measure = ObjectiveMeasure.Revenue, MeasureDescription = "Revenue in drives and controllers",
                Baseline = b.Revenue(b.LastYear, "DRV") + b.Revenue(b.LastYear, "CTL"), Target = Thousands(b.Revenue(b.LastYear, "DRV") + b.Revenue(b.LastYear, "CTL") + 450_000m),
                Unit = b.Currency, DueDate = b.Date(12, 31), Addresses = [swot.Forge.Id, swot.Framework.Id, swot.Incumbent.Id, swot.NoCommissioning.Id],
            },
            new Objective
            {
                Title = "Renew and extend the service agreement", Measure = ObjectiveMeasure.Revenue, MeasureDescription = "Service revenue including the US installed base",
                Baseline = b.Revenue(b.LastYear, "SVC"), Target = Thousands(Math.Max(150_000m, b.Revenue(b.LastYear, "SVC") * 1.12m)), Unit = b.Currency,
                DueDate = b.Date(6, 30), Addresses = [swot.Renewal.Id],
            },
            new Objective
            {
                Title = "Reach 85 in A&M's supplier scorecard", Measure = ObjectiveMeasure.CustomerSatisfaction, MeasureDescription = "A&M supplier scorecard, out of 100",
                Baseline = 78m, Target = 85m, Unit = "points", DueDate = b.Date(11, 30), Addresses = [swot.DualSourcing.Id],
            },
        ],
    };

    private static StrategySection Strategy(DemoPlanBuilder b, ObjectivesSection objectives) => new()
    {
        Entries =
        [
            new StrategyEntry { ObjectiveId = objectives.Objectives[0].Id, WhatWeSell = "Standard motion platform (drives, controllers, software) for the Forge cells and new machines",
                ContactIds = Ids(b.Contact(Engineering), b.Contact(Cfo, Ceo), b.Contact(Projects)), Channel = SalesChannel.Direct,
                Arguments = "One platform from sensor to service: fewer design hours, faster commissioning and one point of contact for uptime. "
                    + "A proof of concept cell on A&M's own floor removes the switching risk; migration tools convert existing Hartwell programs.",
                Conditions = "Framework price list for five years, volume bands, free migration support for the first ten machines" },
            new StrategyEntry { ObjectiveId = objectives.Objectives[1].Id, WhatWeSell = "Three-year service agreement with remote monitoring, extended to the US installed base",
                ContactIds = Ids(b.Contact(Purchasing), b.Contact(Engineering)), Channel = SalesChannel.Direct,
                Arguments = "Proven uptime; the Pittsburgh case saved a customer line. Extending to the US gives A&M one service standard worldwide.",
                Conditions = "Annual fee per installed machine, 4-hour remote response, price held for three years" },
            new StrategyEntry { ObjectiveId = objectives.Objectives[2].Id, WhatWeSell = "Quarterly service reviews and a sensor-plus-monitoring bundle",
                ContactIds = Ids(b.Contact(Purchasing), b.Contact(Buyer)), Channel = SalesChannel.Direct,
                Arguments = "Measurable service levels in every scorecard category; bundling monitoring with sensors makes dual-sourcing a cost, not a saving.",
                Conditions = "Bundle price for sensors with monitoring licences" },
        ],
    };

    private static ActionsSection Actions(DemoPlanBuilder b, ObjectivesSection objectives, Swot swot)
    {
        var (forge, service, scorecard) = (objectives.Objectives[0].Id, objectives.Objectives[1].Id, objectives.Objectives[2].Id);
        PlanAction Action(string title, Guid objective, Guid[] addresses, string owner, DateOnly due, decimal? cost, string impact) => new()
        {
            Title = title, ObjectiveId = objective, Addresses = addresses, OwnerUserId = owner, DueDate = due, Cost = cost, Status = b.ActionStatus(due), CommercialImpact = impact,
        };
        return new ActionsSection
        {
            Actions =
            [
                Action("Proof of concept Forge cell with our drives and controllers", forge, [swot.Forge.Id, swot.Incumbent.Id], b.Kam, b.Date(5, 22), 32_000m,
                    "Qualifies us for about EUR 680k of Forge drives and controllers"),
                Action("Place a commissioning engineer in Sheffield", forge, [swot.NoCommissioning.Id], b.Kam, b.Date(4, 1), 45_000m, "Removes A&M's main doubt about switching"),
                Action("Program migration workshop with the design office", forge, [swot.Incumbent.Id], b.Team, b.Date(6, 19), 3_000m, "Shows that switching from Hartwell is low-risk"),
                Action("Framework bid for drives and controllers", forge, [swot.Framework.Id], b.Kam, b.Date(9, 15), null, "Five-year framework for all new machines"),
                Action("Service agreement renewal proposal incl. US installed base", service, [swot.Renewal.Id], b.Kam, b.Date(5, 1), null, "Protects and grows service revenue by about 12 %"),
                Action("Quarterly service review with procurement", scorecard, [swot.DualSourcing.Id], b.Team, b.Date(12, 10), null, "Keeps the scorecard visible; basis for the 85-point target"),
            ],
        };
    }

    private static VisitsSection Visits(DemoPlanBuilder b)
    {
        (int Month, int Day, VisitKind Kind, int? Contact, string Goal)[] visits =
        [
            (1, 20, VisitKind.Visit, b.Contact(Engineering), "Project Forge timeline and requirements"), (2, 17, VisitKind.Visit, b.Contact(Purchasing), "Category strategy for automation"),
            (3, 10, VisitKind.Visit, b.Contact(Cfo, Ceo), "Executive meeting with our managing director"), (3, 27, VisitKind.VideoCall, b.Contact(Projects), "Proof of concept scope"),
            (4, 22, VisitKind.Visit, b.Contact(Purchasing), "Service agreement renewal proposal"), (5, 22, VisitKind.Visit, b.Contact(Engineering), "Proof of concept acceptance"),
            (6, 19, VisitKind.Visit, b.Contact(Engineering), "Program migration workshop"), (7, 15, VisitKind.Call, b.Contact(Buyer), "Quarterly service review"),
            (9, 15, VisitKind.Visit, b.Contact(Purchasing), "Framework bid presentation"), (10, 6, VisitKind.Event, b.Contact(Engineering), "Our automation day in Birmingham"),
            (11, 17, VisitKind.Visit, b.Contact(Cfo, Ceo), "Annual review and next year's plan"), (12, 10, VisitKind.Call, b.Contact(Buyer), "Quarterly service review"),
        ];
        return new VisitsSection
        {
            TargetVisitsPerYear = 10,
            Visits = visits.Select(v => new PlannedVisit
            {
                Date = b.Date(v.Month, v.Day), Kind = v.Kind, ContactIds = Ids(v.Contact), Goal = v.Goal,
                AttendeeUserIds = v.Kind == VisitKind.Call || v.Month is 5 or 6 ? b.KamAndTeam : [b.Kam], Status = b.VisitStatus(b.Date(v.Month, v.Day)),
            }).ToList(),
        };
    }

    private static ValueOfferingSection ValueOffering(DemoPlanBuilder b) => new()
    {
        Services =
        [
            new ValueAddedService { Service = "Remote monitoring", Description = "24/7 monitoring of installed test rigs with a 4-hour remote response", Status = ServiceStatus.Implemented },
            new ValueAddedService { Service = "Buffer stock in Birmingham", Description = "Drives and sensors held for A&M projects, next-day delivery", Status = ServiceStatus.Offered },
            new ValueAddedService { Service = "Apprentice training", Description = "Motion control module for A&M's apprentice academy", Status = ServiceStatus.Agreed },
        ],
        Commitments =
        [
            new Commitment { By = CommitmentParty.Us, Text = "Proof of concept cell running on A&M's floor", DueDate = b.Date(5, 22), Status = CommitmentStatus.InProgress },
            new Commitment { By = CommitmentParty.Us, Text = "Commissioning engineer based in Sheffield", DueDate = b.Date(4, 1), Status = CommitmentStatus.Open },
            new Commitment { By = CommitmentParty.Customer, Text = "Invite us to the drives and controllers framework tender", DueDate = b.Date(8, 31), Status = CommitmentStatus.Open },
        ],
    };

    private static BudgetSection Budget(DemoPlanBuilder b) => new()
    {
        OtherCosts =
        [
            new SalesCost { Category = CostCategory.Travel, Description = "Visits to Sheffield and Rotherham", Amount = 4_500m },
            new SalesCost { Category = CostCategory.Events, Description = "Automation day, A&M delegation", Amount = 3_000m },
            new SalesCost { Category = CostCategory.Samples, Description = "Loan drives for the proof of concept", Amount = 9_000m },
        ],
        PlannedContributionMargin = Thousands(b.Margin(b.LastYear) * 1.1m),
        RevenueTargets = b.RevenueTargets(0.05m),
    };

    private static KpisSection Kpis(DemoPlanBuilder b, ObjectivesSection objectives)
    {
        var o = objectives.Objectives;
        return new KpisSection
        {
            Kpis = b.Assessed(
            [
                new Kpi { Name = "Drives and controllers revenue", ObjectiveId = o[0].Id, Unit = b.Currency, Target = o[0].Target, Actuals = b.Quarters(0m, 35_000m, 160_000m) },
                new Kpi { Name = "Service revenue", ObjectiveId = o[1].Id, Unit = b.Currency, Target = o[1].Target, Actuals = b.Quarters(310_000m, 640_000m, 980_000m) },
                new Kpi { Name = "Supplier scorecard", ObjectiveId = o[2].Id, Unit = "points", Target = 85m, Actuals = b.Quarters(79m, 81m, 83m) },
            ], o),
        };
    }

    private static DecisionsSection Decisions(DemoPlanBuilder b) => new()
    {
        Requests =
        [
            new DecisionRequest
            {
                Title = "Commissioning engineer in Sheffield", Kind = DecisionRequestKind.Budget, Amount = 45_000m,
                Rationale = "A&M will not switch its motion platform without local commissioning support. The engineer also covers three other accounts in the region.",
                Options = Items("Full-time engineer in Sheffield", "Support from Birmingham with guaranteed response times", "No change"),
                Recommendation = "Full-time engineer, shared with the other South Yorkshire accounts", Decision = DecisionOutcome.Approved,
                DecisionDate = b.DaysAgo(20), DeciderUserId = b.BusinessAreaManager,
            },
            new DecisionRequest
            {
                Title = "Free migration support for the first ten machines", Kind = DecisionRequestKind.BusinessCritical, Amount = 60_000m,
                Rationale = "Hartwell offers free engineering to keep the framework. Matching it on migration only keeps our price list intact.",
                Options = Items("Free migration for ten machines", "Discount on the price list instead"), Recommendation = "Free migration, capped at ten machines",
                Decision = DecisionOutcome.Pending,
            },
        ],
    };

    private static CommunicationSection Communication(DemoPlanBuilder b) => new()
    {
        Entries =
        [
            new CommunicationEntry { Audience = CommunicationAudience.Internal, Stakeholder = "Business area manager", Content = "Progress on objectives, decision requests",
                Purpose = "Support and budget", Form = CommunicationForm.Report, Frequency = CommunicationFrequency.EachReview, OwnerUserId = b.Kam },
            new CommunicationEntry { Audience = CommunicationAudience.Internal, Stakeholder = "Service and application engineering", Content = "Forge project status",
                Purpose = "Resources ready when needed", Form = CommunicationForm.Meeting, Frequency = CommunicationFrequency.Monthly, OwnerUserId = b.Team },
            new CommunicationEntry { Audience = CommunicationAudience.External, ContactId = b.Contact(Engineering), Content = "Proof of concept results, roadmap",
                Purpose = "Equip our coach", Form = CommunicationForm.Meeting, Frequency = CommunicationFrequency.Monthly, OwnerUserId = b.Kam },
            new CommunicationEntry { Audience = CommunicationAudience.External, ContactId = b.Contact(Cfo, Ceo), Content = "Forge business case and payback",
                Purpose = "Win the economic buyer", Form = CommunicationForm.Presentation, Frequency = CommunicationFrequency.HalfYearly, OwnerUserId = b.Kam },
        ],
    };
}
