using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

/// <summary>Builds a SWOT whose top opportunities and risks refer to its own items, as the editor does.</summary>
public sealed class SwotBuilder
{
    private readonly List<SwotItem> _strengths = [];
    private readonly List<SwotItem> _weaknesses = [];
    private readonly List<SwotItem> _opportunities = [];
    private readonly List<SwotItem> _threats = [];
    private readonly List<TopItem> _topOpportunities = [];
    private readonly List<TopItem> _topRisks = [];

    public SwotBuilder WithStrength(string text, string? implication = null)
    {
        _strengths.Add(new SwotItem { Text = text, Implication = implication });
        return this;
    }

    public SwotBuilder WithWeakness(string text, string? implication = null, (int Impact, int Likelihood)? topRisk = null) =>
        Add(_weaknesses, text, implication, topRisk, _topRisks);

    public SwotBuilder WithOpportunity(string text, string? implication = null, (int Impact, int Likelihood)? top = null) =>
        Add(_opportunities, text, implication, top, _topOpportunities);

    public SwotBuilder WithThreat(string text, string? implication = null, (int Impact, int Likelihood)? topRisk = null) =>
        Add(_threats, text, implication, topRisk, _topRisks);

    /// <summary>Promotes an item that is not in the SWOT, as a stale or forged request would.</summary>
    public SwotBuilder WithTopRiskFor(Guid itemId)
    {
        _topRisks.Add(new TopItem { ItemId = itemId, Impact = 3, Likelihood = 3 });
        return this;
    }

    public SwotSection Build() => new()
    {
        Strengths = [.. _strengths],
        Weaknesses = [.. _weaknesses],
        Opportunities = [.. _opportunities],
        Threats = [.. _threats],
        TopOpportunities = [.. _topOpportunities],
        TopRisks = [.. _topRisks],
    };

    private SwotBuilder Add(List<SwotItem> items, string text, string? implication, (int Impact, int Likelihood)? top, List<TopItem> tops)
    {
        var item = new SwotItem { Text = text, Implication = implication };
        items.Add(item);
        if (top is { } rank)
        {
            tops.Add(new TopItem { ItemId = item.Id, Impact = rank.Impact, Likelihood = rank.Likelihood });
        }

        return this;
    }
}

/// <summary>A consistent, realistic plan for a British food manufacturer: the SWOT's top items are what the objectives and actions address.</summary>
public sealed class ExamplePlan
{
    public const string KamUserId = "user-kam-hollis";
    public const string EngineerUserId = "user-appl-okafor";
    public const int ProcurementDirectorId = 101;
    public const int PlantManagerId = 102;
    public const int TechnicalLeadId = 103;

    public ExamplePlan()
    {
        Swot = new SwotBuilder()
            .WithStrength("Our line engineers know both Leeds packing lines in detail", "Lead with on-site service, not with price")
            .WithWeakness("No approved supplier status for the Wrexham plant", "We are invisible when Wrexham sources locally", topRisk: (4, 3))
            .WithOpportunity("Move to recyclable mono-material trays by 2027", "Our PP tray range is ready; be first with trials", top: (5, 4))
            .WithOpportunity("Consolidating from five to two adhesive suppliers", "A single-source offer could double our share", top: (4, 3))
            .WithThreat("Competitor Baxwell offers a 6 % rebate on annual volume", "Price pressure at the May tender", topRisk: (4, 4))
            .Build();

        var trays = Swot.TopOpportunities[0].ItemId!.Value;
        var rebate = Swot.TopRisks[1].ItemId!.Value;
        Objectives = new ObjectivesSection
        {
            Objectives =
            [
                new Objective
                {
                    Title = "Win the recyclable tray conversion at Leeds",
                    Measure = ObjectiveMeasure.Revenue,
                    MeasureDescription = "Revenue in recyclable trays",
                    Baseline = 0m,
                    Target = 850_000m,
                    Unit = "GBP",
                    DueDate = new DateOnly(2026, 12, 31),
                    Addresses = [trays],
                },
                new Objective
                {
                    Title = "Keep adhesive volume through the May tender",
                    Measure = ObjectiveMeasure.ContributionMargin,
                    Baseline = 310_000m,
                    Target = 300_000m,
                    Unit = "GBP",
                    DueDate = new DateOnly(2026, 6, 30),
                    Addresses = [rebate],
                },
            ],
        };

        BuyingCenter = new BuyingCenterSection
        {
            Stakeholders =
            [
                new StakeholderAssessment
                {
                    ContactId = ProcurementDirectorId,
                    Roles = [BuyingCenterRole.Decider, BuyingCenterRole.Buyer],
                    BuyingInfluences = [BuyingInfluence.EconomicBuyer],
                    Attitude = -1,
                    Influence = InfluenceLevel.High,
                    CurrentRelationship = RelationshipLevel.Vendor,
                    DesiredRelationship = RelationshipLevel.ProblemSolver,
                    ResponseMode = ResponseMode.EvenKeel,
                    PersonalWin = "Show the board a 4 % cost saving on packaging",
                    RelationshipOwnerUserId = KamUserId,
                    LastContactDate = new DateOnly(2026, 2, 12),
                },
                new StakeholderAssessment
                {
                    ContactId = PlantManagerId,
                    Roles = [BuyingCenterRole.User, BuyingCenterRole.Influencer],
                    BuyingInfluences = [BuyingInfluence.UserBuyer, BuyingInfluence.Coach],
                    Attitude = 2,
                    Influence = InfluenceLevel.Medium,
                    CurrentRelationship = RelationshipLevel.TrustedAdvisor,
                    DesiredRelationship = RelationshipLevel.TrustedAdvisor,
                    ResponseMode = ResponseMode.Trouble,
                    PersonalWin = "Fewer line stops on the night shift",
                    RelationshipOwnerUserId = EngineerUserId,
                    LastContactDate = new DateOnly(2026, 3, 3),
                },
                new StakeholderAssessment { ContactId = TechnicalLeadId, BuyingInfluences = [BuyingInfluence.TechnicalBuyer], Attitude = 0 },
            ],
        };

        Actions = new ActionsSection
        {
            Actions =
            [
                new PlanAction
                {
                    Title = "Run a tray trial on Leeds line 2",
                    ObjectiveId = Objectives.Objectives[0].Id,
                    Addresses = [trays],
                    OwnerUserId = EngineerUserId,
                    DueDate = new DateOnly(2026, 4, 30),
                    Cost = 4_500m,
                    Status = ActionStatus.InProgress,
                    CommercialImpact = "Qualifies us for the 2027 tray volume (about GBP 850k a year)",
                },
                new PlanAction
                {
                    Title = "Present total cost of ownership against the Baxwell rebate",
                    ObjectiveId = Objectives.Objectives[1].Id,
                    Addresses = [rebate],
                    OwnerUserId = KamUserId,
                    DueDate = new DateOnly(2026, 4, 15),
                    Status = ActionStatus.Planned,
                },
            ],
        };
    }

    public SwotSection Swot { get; }
    public ObjectivesSection Objectives { get; }
    public BuyingCenterSection BuyingCenter { get; }
    public ActionsSection Actions { get; }

    public IEnumerable<SectionContent> Sections => [Swot, Objectives, BuyingCenter, Actions, .. OtherSections()];

    /// <summary>One filled item in every other section, so each of the seventeen round-trips with content.</summary>
    private IEnumerable<SectionContent> OtherSections()
    {
        var objective = Objectives.Objectives[0].Id;
        yield return new SummarySection { Text = "Harrow Foods is converting to recyclable packaging; we aim to be its tray partner." };
        yield return new ProfileSection
        {
            BusinessModel = "Private-label ready meals for UK supermarkets",
            Challenges = new CustomerChallenges { Pressures = [new TextItem { Text = "Plastic Packaging Tax from April" }] },
            BuyingMotives = [new TextItem { Text = "Line uptime" }],
            Locations = [new CustomerLocation { Name = "Leeds plant", City = "Leeds", Country = "GB", Kind = LocationKind.Production }],
            PrimaryContactIds = [ProcurementDirectorId],
        };
        yield return new HistorySection
        {
            PurchaseVolumes = [new PurchaseVolume { Year = 2025, Amount = 4_200_000m }],
            CustomerSinceYear = 2011,
            Closeness = 3,
            Stage = RelationshipStage.Mid,
            SatisfactionScore = 7.5m,
            SatisfactionSource = "Supplier survey 2025",
            KeyEvents = [new DatedItem { Date = new DateOnly(2024, 9, 1), Text = "New procurement director" }],
        };
        yield return new MarketSection
        {
            MarketPosition = MarketPosition.Challenger,
            PricePositioning = PricePositioning.QualityPlayer,
            CustomerCompetitors = [new MarketCompetitor { Name = "Northdale Kitchens", MarketSharePercent = 22m }],
            OurCompetitors = [new AccountCompetitor { Name = "Baxwell", ShareOfWalletPercent = 45m, Strengths = "Price", Weaknesses = "Slow service" }],
            FitRating = 4,
        };
        yield return new ValueChainSection { Stages = [new ValueChainStage { Name = "Packing", PainPoints = "Seal failures", OurValueAdd = "Line audits" }] };
        yield return new PotentialSection
        {
            Potentials = [new RevenuePotential { ProductGroupId = 7, MaximumRevenue = 1_200_000m }],
            Whitespace = [new WhitespaceCell { AccountId = 12, ProductGroupId = 7, State = WhitespaceState.CompetitorSupplies, Competitor = "Baxwell" }],
            Activities = [new TextItem { Text = "Get approved supplier status for Wrexham" }],
        };
        yield return new StrategySection
        {
            Entries = [new StrategyEntry { ObjectiveId = objective, WhatWeSell = "PP trays", ContactIds = [PlantManagerId], Channel = SalesChannel.Direct }],
        };
        yield return new VisitsSection
        {
            TargetVisitsPerYear = 10,
            Visits =
            [
                new PlannedVisit
                {
                    Date = new DateOnly(2026, 4, 22), Kind = VisitKind.Visit, ContactIds = [PlantManagerId], Goal = "Review the trial",
                    AttendeeUserIds = [KamUserId, EngineerUserId],
                },
            ],
        };
        yield return new ValueOfferingSection
        {
            Services = [new ValueAddedService { Service = "Consignment stock", Status = ServiceStatus.Agreed }],
            Commitments = [new Commitment { By = CommitmentParty.Customer, Text = "Line 2 available for the trial", DueDate = new DateOnly(2026, 4, 1) }],
        };
        yield return new BudgetSection
        {
            OtherCosts = [new SalesCost { Category = CostCategory.Travel, Description = "Leeds visits", Amount = 3_000m }],
            PlannedContributionMargin = 610_000m,
        };
        yield return new KpisSection
        {
            Kpis =
            [
                new Kpi
                {
                    Name = "Tray revenue", ObjectiveId = objective, Unit = "GBP", Target = 850_000m, Status = KpiStatus.OnTrack,
                    Actuals = [new KpiActual { PeriodEnd = new DateOnly(2026, 3, 31), Label = "Q1 2026", Actual = 0m }],
                },
            ],
        };
        yield return new DecisionsSection
        {
            Requests =
            [
                new DecisionRequest
                {
                    Title = "Match part of the Baxwell rebate", Kind = DecisionRequestKind.Budget, Amount = 60_000m,
                    Options = [new TextItem { Text = "3 % rebate" }, new TextItem { Text = "Free line audits instead" }],
                    Decision = DecisionOutcome.Approved, DecisionDate = new DateOnly(2026, 3, 20), DeciderUserId = "user-director",
                },
            ],
        };
        yield return new CommunicationSection
        {
            Entries =
            [
                new CommunicationEntry
                {
                    Audience = CommunicationAudience.Internal, Stakeholder = "Sales director", Content = "Plan progress",
                    Form = CommunicationForm.Report, Frequency = CommunicationFrequency.EachReview, OwnerUserId = KamUserId,
                },
            ],
        };
    }
}
