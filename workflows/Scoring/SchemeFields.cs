using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Scoring;

/// <summary>The field-by-field reading of a scheme, collecting problems instead of stopping at the first.</summary>
internal sealed class SchemeFields
{
    public List<string> Problems { get; } = [];

    public ScoringScheme? Read(YamlMappingNode root)
    {
        Known(root, "", ["id", "version", "title", "criteria", "commendation", "circulation"]);
        var id = Text(root, "id");
        var version = Number(root, "version", "version", 1, 10_000);
        var title = Text(root, "title");
        var criteria = Mapping(root, "criteria", "criteria");
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        var steps = new Dictionary<string, double>(StringComparer.Ordinal);
        double stepMax = 0, majorPoints = 0, majorMax = 0;
        if (criteria is not null)
        {
            Known(criteria, "criteria.", Criteria.All);
            foreach (var key in Criteria.Rates)
            {
                if (Mapping(criteria, key, $"criteria.{key}") is { } rate)
                {
                    Known(rate, $"criteria.{key}.", ["weight"]);
                    rates[key] = Number(rate, "weight", $"criteria.{key}.weight", 0, 100);
                }
            }

            if (rates.Count == Criteria.Rates.Count && Math.Abs(rates.Values.Sum() - 100) > 1e-9)
            {
                Problems.Add($"line {criteria.Start.Line}: the weights of {string.Join(", ", Criteria.Rates)} must add up to 100 (they add up to {rates.Values.Sum().ToString(CultureInfo.InvariantCulture)})");
            }

            if (Mapping(criteria, Criteria.Escalations, "criteria.escalations") is { } escalations)
            {
                Known(escalations, "criteria.escalations.", ["points", "max"]);
                stepMax = Number(escalations, "max", "criteria.escalations.max", 0, 100);
                if (Mapping(escalations, "points", "criteria.escalations.points") is { } points)
                {
                    Known(points, "criteria.escalations.points.", Criteria.Steps);
                    foreach (var (key, _) in points.Children)
                    {
                        if (key is YamlScalarNode { Value: { } step } && Criteria.Steps.Contains(step))
                        {
                            steps[step] = Number(points, step, $"criteria.escalations.points.{step}", 0, 100);
                        }
                    }
                }
            }

            if (Mapping(criteria, Criteria.MajorIssues, "criteria.major_issues") is { } major)
            {
                Known(major, "criteria.major_issues.", ["points", "max"]);
                majorPoints = Number(major, "points", "criteria.major_issues.points", 0, 100);
                majorMax = Number(major, "max", "criteria.major_issues.max", 0, 100);
            }
        }

        var commendation = List(root, "commendation", "top", "min_score");
        var circulation = List(root, "circulation", "bottom", "below");
        return Problems.Count > 0 ? null : new ScoringScheme(
            id, (int)version, title, rates, steps, stepMax, majorPoints, majorMax, commendation!, circulation!);
    }

    private ListRule? List(YamlMappingNode root, string name, string count, string threshold)
    {
        if (Mapping(root, name, name) is not { } node)
        {
            return null;
        }

        Known(node, $"{name}.", [count, threshold]);
        var n = Number(node, count, $"{name}.{count}", 0, 1000);
        if (n != Math.Floor(n))
        {
            Problems.Add($"line {node.Start.Line}: '{name}.{count}' must be a whole number");
        }

        return new ListRule((int)n, Number(node, threshold, $"{name}.{threshold}", 0, 100));
    }

    private void Known(YamlMappingNode node, string prefix, IReadOnlyList<string> names)
    {
        foreach (var (key, _) in node.Children)
        {
            var text = (key as YamlScalarNode)?.Value ?? "";
            if (!names.Contains(text))
            {
                Problems.Add($"line {key.Start.Line}: unknown field '{prefix}{text}' (known: {string.Join(", ", names)})");
            }
        }
    }

    private YamlNode? Field(YamlMappingNode node, string name, string path)
    {
        if (node.Children.TryGetValue(new YamlScalarNode(name), out var value))
        {
            return value;
        }

        Problems.Add($"line {node.Start.Line}: '{path}' is missing");
        return null;
    }

    private YamlMappingNode? Mapping(YamlMappingNode node, string name, string path)
    {
        var value = Field(node, name, path);
        if (value is not null and not YamlMappingNode)
        {
            Problems.Add($"line {value.Start.Line}: '{path}' must be a mapping");
        }

        return value as YamlMappingNode;
    }

    private string Text(YamlMappingNode node, string name)
    {
        var value = Field(node, name, name);
        if (value is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        if (value is not null)
        {
            Problems.Add($"line {value.Start.Line}: '{name}' must be a non-empty text");
        }

        return "";
    }

    private double Number(YamlMappingNode node, string name, string path, double min, double max)
    {
        var value = Field(node, name, path);
        if (value is null)
        {
            return 0;
        }

        if (!SchemeLoader.TryNumber(value, out var number) || number < min || number > max)
        {
            Problems.Add($"line {value.Start.Line}: '{path}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (was '{(value as YamlScalarNode)?.Value}')");
            return 0;
        }

        return number;
    }
}
