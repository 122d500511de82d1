using Supervision.Workflows.Scoring;

namespace Supervision.Workflows.Tests.Scoring;

public sealed class SchemeLoaderTests
{
    [Fact]
    public void The_default_scheme_loads_with_weights_adding_up_to_100()
    {
        var scheme = SchemeLoader.Default();

        Assert.Equal(("standard", 1), (scheme.Id, scheme.Version));
        Assert.Equal(100, scheme.Rates.Values.Sum());
        Assert.Equal(2, scheme.StepPoints["supervise"]);
        Assert.Equal(new ListRule(5, 90), scheme.Commendation);
    }

    [Fact]
    public void A_bad_scheme_is_refused_with_every_problem_and_its_line()
    {
        var yaml = File.ReadAllText(Path.Combine(SchemeLoader.DefaultFolder, "standard.v1.yaml"));
        var bad = yaml.Replace("weight: 40", "weight: forty", StringComparison.Ordinal)
            .Replace("urge: 1", "scold: 1", StringComparison.Ordinal)
            .Replace("  bottom: 3", "  bottom: 3\n  colour: red", StringComparison.Ordinal);

        var e = Assert.Throws<SchemeException>(() => SchemeLoader.Parse(bad, "bad.yaml"));

        Assert.Contains(e.Problems, p => p.Contains("'criteria.attainment.weight' must be a number", StringComparison.Ordinal) && p.StartsWith("line 17:", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("unknown field 'criteria.escalations.points.scold'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("unknown field 'circulation.colour'", StringComparison.Ordinal));
        Assert.StartsWith("The scoring scheme bad.yaml is invalid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_100_are_refused()
    {
        var yaml = File.ReadAllText(Path.Combine(SchemeLoader.DefaultFolder, "standard.v1.yaml")).Replace("weight: 40", "weight: 30", StringComparison.Ordinal);

        var e = Assert.Throws<SchemeException>(() => SchemeLoader.Parse(yaml));

        Assert.Contains(e.Problems, p => p.Contains("must add up to 100 (they add up to 90)", StringComparison.Ordinal));
    }
}
