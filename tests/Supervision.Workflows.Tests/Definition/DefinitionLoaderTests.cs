using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Definition;

public sealed class DefinitionLoaderTests
{
    public static TheoryData<string, string, int, string> BadFiles() => new()
    {
        { "unknown key", InlineDefinitions.With("title: 标准督办流程\n", "title: 标准督办流程\ncolour: blue\n"), 4, "Unknown key 'colour'" },
        { "missing key", InlineDefinitions.With("review_within: 5 working days\n", string.Empty), 1, "missing 'review_within'" },
        { "key without value", InlineDefinitions.With("title: 标准督办流程", "title:"), 3, "'title' has no value" },
        { "list where a value belongs", InlineDefinitions.With("title: 标准督办流程", "title: [a, b]"), 3, "'title' must be a single value, not a list" },
        { "bad span", InlineDefinitions.With("review_within: 5 working days", "review_within: 5 wrking days"), 7, "'review_within': '5 wrking days' is not a span of time" },
        { "negative window", InlineDefinitions.With("acknowledge_within: 3 working days", "acknowledge_within: -3 working days"), 4, "'acknowledge_within' must be longer than zero" },
        { "negative grace", InlineDefinitions.With("report_grace: 5 working days", "report_grace: -1 day"), 6, "'report_grace' cannot be negative" },
        { "zero version", InlineDefinitions.With("version: 1", "version: 0"), 2, "'version' must be a positive whole number" },
        { "fractional version", InlineDefinitions.With("version: 1", "version: 1.5"), 2, "'version' must be a positive whole number" },
        { "negative version", InlineDefinitions.With("version: 1", "version: -1"), 2, "'version' must be a positive whole number" },
        { "bad id", InlineDefinitions.With("id: standard", "id: Standard Plan"), 1, "'id' must be lowercase letters" },
        { "duplicate key", InlineDefinitions.With("version: 1\n", "version: 1\nversion: 2\n"), 3, "'version' appears twice" },
        { "ladder out of order", InlineDefinitions.With("at: +1 working day", "at: -3 working days"), 14, "list steps in increasing 'at' order" },
        { "ladder steps at the same time", InlineDefinitions.With("at: +1 working day", "at: -2 working days"), 14, "increasing 'at' order" },
        { "unknown step kind", InlineDefinitions.With("step: urge", "step: escalate"), 13, "Unknown step 'escalate'" },
        { "unknown recipient", InlineDefinitions.With("[liaison, responsible]", "[liaison, mayor]"), 15, "Unknown recipient 'mayor'" },
        { "recipient twice", InlineDefinitions.With("[liaison, responsible]", "[liaison, liaison]"), 15, "Recipient 'liaison' is listed twice" },
        { "no recipients", InlineDefinitions.With("notify: [liaison]", "notify: []"), 12, "'notify' must be a non-empty list" },
        { "step without at", InlineDefinitions.With("    at: -2 working days\n", string.Empty), 10, "The ladder step is missing 'at'" },
        { "unknown key in step", InlineDefinitions.With("    notify: [liaison]\n", "    notify: [liaison]\n    when: later\n"), 13, "Unknown key 'when' in the ladder step" },
        { "bad step offset", InlineDefinitions.With("at: -2 working days", "at: two days early"), 11, "'at': 'two days early' is not a span of time" },
        { "empty ladder", InlineDefinitions.Valid[..InlineDefinitions.Valid.IndexOf("ladder:", StringComparison.Ordinal)] + "ladder: []\n", 9, "'ladder' is empty" },
        { "ladder not a list", InlineDefinitions.Valid[..InlineDefinitions.Valid.IndexOf("ladder:", StringComparison.Ordinal)] + "ladder: remind\n", 9, "'ladder' must be a list of steps" },
        { "YAML syntax error", InlineDefinitions.With("report_every: monthly", "report_every: 'monthly"), 5, "The file is not valid YAML" },
        { "bad indentation", InlineDefinitions.With("report_grace: 5 working days", "  report_grace: 5 working days"), 6, "The file is not valid YAML" },
        { "second document", InlineDefinitions.Valid + "---\nid: other\n", 17, "exactly one YAML document" },
        { "not a mapping", "- id: standard\n", 1, "must be a mapping of keys" },
        { "empty file", "# nothing here\n", 1, "holds no definition" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Each_kind_of_bad_file_is_reported_at_its_line(string problem, string yaml, int line, string message)
    {
        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Parse(yaml, "bad.yaml"));

        var located = error.Errors.FirstOrDefault(e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(located is not null, $"{problem}: expected an error containing \"{message}\", got:\n{error.Message}");
        Assert.Equal("bad.yaml", located.File);
        Assert.Equal(line, located.Line);
        Assert.True(located.Column >= 1);
        Assert.Contains($"bad.yaml, line {line}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_inline_sample_itself_is_valid()
    {
        var definition = DefinitionLoader.Parse(InlineDefinitions.Valid);

        Assert.Equal(("standard", 1), (definition.Id, definition.Version));
        Assert.Equal(2, definition.Ladder.Count);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once_in_line_order()
    {
        var yaml = InlineDefinitions.With("version: 1", "version: zero")
            .Replace("step: urge", "step: escalate", StringComparison.Ordinal)
            .Replace("rework_within: 10 working days", "rework_within: later", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Parse(yaml, "bad.yaml"));

        Assert.Equal([2, 8, 13], error.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Loading_a_file_names_the_file_in_its_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"supervision-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, InlineDefinitions.With("version: 1", "version: 0"));
        try
        {
            var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.LoadFile(path));

            Assert.Equal(path, Assert.Single(error.Errors).File);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
