namespace Keyplan.Core.Selection;

/// <summary>The criteria every database starts with (seeded by the migration); administrators change them as they like.</summary>
internal static class DefaultCriteria
{
    public static IEnumerable<SelectionCriterion> All() =>
    [
        Criterion(1, CriterionGroup.Attractiveness, "Revenue potential", 3m, "Very small total purchase volume", "Small volume, little room to grow", "Purchase volume about our average customer's", "Large volume we could win", "One of the largest volumes in our market"),
        Criterion(2, CriterionGroup.Attractiveness, "Growth of the customer", 2m, "Shrinking", "Flat", "Growing with the market", "Growing faster than the market", "Growing strongly in our segments"),
        Criterion(3, CriterionGroup.Attractiveness, "Strategic fit", 2m, "Outside our focus", "Partly fits our offering", "Fits our focus industries", "Needs our strengths", "A reference customer for our strategy"),
        Criterion(4, CriterionGroup.Attractiveness, "Access to decision makers", 1m, "No access", "Purchasing only", "Users and purchasing", "Management occasionally", "Regular top-level access"),
        Criterion(5, CriterionGroup.Strength, "Share of wallet", 3m, "Below 5 %", "5–15 %", "15–30 %", "30–50 %", "Above 50 %"),
        Criterion(6, CriterionGroup.Strength, "Relationship quality", 2m, "Strained or no relationship", "Transactional", "Good working relationship", "Trusted partner", "Strategic partnership at every level"),
        Criterion(7, CriterionGroup.Strength, "Competitive position", 2m, "Competitors clearly preferred", "One of many suppliers", "Preferred for some products", "Preferred supplier", "Sole or first-choice supplier"),
        Criterion(8, CriterionGroup.Strength, "Product fit", 1m, "Our products hardly meet the needs", "Partly meet the needs", "Meet most needs", "Meet the needs well", "Best solution for the customer's needs"),
    ];

    /// <summary>Levels 1, 3, 5, 7 and 10 are described; the rest lie between.</summary>
    private static SelectionCriterion Criterion(int id, CriterionGroup group, string name, decimal weight, params string[] described) => new()
    {
        Id = id,
        Group = group,
        Name = name,
        Weight = weight,
        LevelDescriptions = [described[0], "", described[1], "", described[2], "", described[3], "", "", described[4]],
        Version = 1,
    };
}
