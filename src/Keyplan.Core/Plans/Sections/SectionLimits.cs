namespace Keyplan.Core.Plans.Sections;

/// <summary>Limits shared by the section records, so the editor, the API and the storage agree on them.</summary>
public static class SectionLimits
{
    /// <summary>One line: a name, a title, a city.</summary>
    public const int ShortText = 200;

    /// <summary>A sentence or a short paragraph: a list item, an implication, a goal.</summary>
    public const int Text = 1000;

    /// <summary>Prose: a business model, a strategy, a rationale.</summary>
    public const int LongText = 4000;

    /// <summary>A unit such as "EUR", "%" or "visits".</summary>
    public const int Unit = 50;

    /// <summary>The length of a user id (ASP.NET Core Identity's key column).</summary>
    public const int UserId = 450;

    /// <summary>Any list in a section; far above real use, it keeps one section document bounded.</summary>
    public const int Items = 100;

    /// <summary>Links from one item to others (contacts, users, top items).</summary>
    public const int Links = 50;

    /// <summary>The top opportunities and the top risks (SPEC §2: "top 5"; the light template shows 3).</summary>
    public const int TopItems = 5;

    /// <summary>The light template ("overview sheet") ranks the top 3 opportunities and risks (SPEC §2).</summary>
    public const int LightTopItems = 3;

    /// <summary>How many top opportunities and risks the editor lets a plan rank.</summary>
    public static int TopItemsFor(PlanTemplateKind basedOn) => basedOn == PlanTemplateKind.Light ? LightTopItems : TopItems;

    /// <summary>
    /// A hard cap only: SPEC §2 asks for at most three objectives, but more than three is a completeness warning, not an
    /// error, so a KAM can draft a fourth before dropping one.
    /// </summary>
    public const int Objectives = 10;

    public const int RatingMin = 1;
    public const int RatingMax = 5;
    public const int AttitudeMin = -3;
    public const int AttitudeMax = 3;

    /// <summary>Money in the plan's account currency (RangeAttribute takes decimal limits as strings).</summary>
    public const string MaxAmount = "1000000000000";
    public const string MinAmount = "-1000000000000";
}
