namespace Keyplan.Core.Documents;

/// <summary>
/// The periodic review of a plan as slides, one idea each (SPEC §3): what it is, where we stand, KPIs, objectives,
/// open actions, top risks and the decisions needed. Built from the same loaded plan as <see cref="PlanDocument"/>.
/// </summary>
public sealed record ReviewDeck(PlanDocument Document, string Title, IReadOnlyList<DeckSlide> Slides);

/// <summary>One slide: a title and at most one text, one list of fields, one table and one chart.</summary>
/// <param name="Empty">What the slide says when it has nothing to show ("None").</param>
public sealed record DeckSlide(
    string Title,
    string? Text = null,
    IReadOnlyList<DocumentField>? Fields = null,
    DocumentTable? Table = null,
    ChartData? Chart = null,
    string? Empty = null);

/// <summary>The latest held review, as the deck's decision slide recalls it.</summary>
public sealed record DeckReview(DateOnly HeldOn, DateOnly PeriodEnd, string? Decisions, string? NextSteps);
