using Supervision.Engine.Errors;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Plans;

/// <summary>Validates targets given by a person or the importer.</summary>
public static class TargetRules
{
    private static readonly string[] Comparators = [">=", "<=", "~", "="];

    public static List<Target> Check(IReadOnlyList<Target>? targets, string field)
    {
        Limits.Bounded(targets, field, Limits.TargetsPerList);
        var result = new List<Target>();
        for (var i = 0; i < (targets?.Count ?? 0); i++)
        {
            var at = $"{field}[{i}]";
            var t = targets![i] ?? throw SupervisionException.Invalid("input.required", $"'{at}' must be a target, not null.", at);
            if (!Comparators.Contains(t.Comparator))
            {
                throw SupervisionException.Invalid("target.comparator", $"'{at}.comparator' must be one of >=, <=, ~, = (was '{t.Comparator}').", $"{at}.comparator");
            }

            if (t.Aggregation is not null && !Targets.Aggregations.All.Contains(t.Aggregation))
            {
                throw SupervisionException.Invalid("target.aggregation", $"'{at}.aggregation' must be one of {string.Join(", ", Targets.Aggregations.All)} (was '{t.Aggregation}').", $"{at}.aggregation");
            }

            result.Add(new Target(
                Text.Required(t.Text, $"{at}.text", 500), t.Value, Text.Optional(t.Unit, $"{at}.unit", 20), t.Comparator,
                Text.Optional(t.Name, $"{at}.name", 100), t.Aggregation, Text.Optional(t.PartOf, $"{at}.part_of", 100)));
        }

        return result;
    }
}
