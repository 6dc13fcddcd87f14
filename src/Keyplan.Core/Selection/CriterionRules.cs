using Keyplan.Core.Resources;

namespace Keyplan.Core.Selection;

internal static class CriterionRules
{
    private const int Levels = SelectionCriterion.MaxRating;

    public static Failure.Invalid? Validate(CriterionInput input)
    {
        var errors = new ErrorCollector();
        errors.Merge(RequestValidation.Validate(input));
        if (input.LevelDescriptions.Count > Levels)
        {
            errors.Add(nameof(input.LevelDescriptions), ValidationText.Format(nameof(ValidationText.MaxItems), string.Empty, Levels));
        }

        for (var i = 0; i < input.LevelDescriptions.Count; i++)
        {
            if (input.LevelDescriptions[i]?.Trim().Length > SelectionCriterion.LevelDescriptionMaxLength)
            {
                errors.AddPath($"levelDescriptions[{i}]",
                    ValidationText.Format(nameof(ValidationText.MaxLength), string.Empty, SelectionCriterion.LevelDescriptionMaxLength));
            }
        }

        return errors.ToFailure();
    }

    public static void Apply(CriterionInput input, SelectionCriterion criterion)
    {
        criterion.Group = input.Group!.Value;
        criterion.Name = input.Name!.Trim();
        criterion.Weight = input.Weight!.Value;
        criterion.LevelDescriptions = [.. PadLevels(input.LevelDescriptions.Select(d => d?.Trim() ?? string.Empty).ToList())];
    }

    /// <summary>Always ten entries, so level n is at index n - 1.</summary>
    public static IReadOnlyList<string> PadLevels(IReadOnlyList<string> descriptions) =>
        [.. Enumerable.Range(0, Levels).Select(i => i < descriptions.Count ? descriptions[i] : string.Empty)];
}
