using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Completeness;

/// <summary>Collects the checks of one step: each passes or adds a missing item; the step's percent is the share passed.</summary>
internal sealed class Checklist(PlanStep? step)
{
    private readonly List<MissingItem> _missing = [];
    private int _checks;
    private int _passed;

    public IReadOnlyList<MissingItem> Missing => _missing;

    public void Check(bool passed, MissingItemKind kind, string section, Guid? itemId = null, params object[] args)
    {
        _checks++;
        if (passed)
        {
            _passed++;
            return;
        }

        _missing.Add(new MissingItem(kind, section, step, itemId, CompletenessText.Format(kind, args)));
    }

    /// <summary>A step with nothing to check is complete.</summary>
    public int Percent => _checks == 0 ? 100 : (int)Math.Floor(100.0 * _passed / _checks);

    public StepCompleteness ToResult() => new(step!.Value, Percent, _missing);
}
