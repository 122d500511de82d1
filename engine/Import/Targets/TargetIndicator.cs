using Supervision.Engine.Plans;
using Supervision.Engine.Targets;

namespace Supervision.Engine.Import;

/// <summary>The indicator a draft's target measures, as the plan will name it once committed: its own name, or the one read from its text.</summary>
public static class TargetIndicator
{
    public static string Of(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return IndicatorNames.Of(new Target(quantity.Text, quantity.Value, quantity.Unit, "=", quantity.Name));
    }
}
