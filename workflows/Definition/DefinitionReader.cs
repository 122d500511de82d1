using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Definition;

/// <summary>Turns the text of one definition file into a checked <see cref="WorkflowDefinition"/>.</summary>
internal static class DefinitionReader
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["id"] = "the definition's name, for example 'standard'",
        ["version"] = "a positive whole number, for example 1",
        ["title"] = "a display title, for example '标准督办流程'",
        ["acknowledge_within"] = "time to acknowledge, for example '3 working days'",
        ["report_every"] = "the report cadence, for example '1 month' or 'monthly'",
        ["report_grace"] = "time after a period ends until its report is due, for example '5 working days'",
        ["review_within"] = "time the office has to review, for example '5 working days'",
        ["rework_within"] = "time to resubmit after a return, for example '10 working days'",
        ["ladder"] = "the list of escalation steps",
        ["cutoff"] = "optional: the time of day a working day ends for due times, for example '18:00' (default: end of day)",
        ["major_starts_at"] = "optional: the step a major item's first overdue rung goes straight to, for example 'supervise' (the default)",
        ["parent_window"] = "optional: how long the agency above a late sub-assignment has before the level above it is told, for example '5 working days'",
    };

    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal) { "cutoff", "major_starts_at", "parent_window" };

    public static (LoadedDefinition? Loaded, IReadOnlyList<DefinitionError> Errors) Read(string yaml, string file)
    {
        var reader = new FieldReader(file);
        if (YamlRoot.Load(yaml, reader, $"The file holds no definition; it needs {string.Join(", ", Keys.Keys)}.", "id: standard") is not { } root)
        {
            return (null, reader.Errors);
        }

        var loaded = ReadRoot(root, reader);
        return (reader.Errors.Count == 0 ? loaded : null, reader.Errors);
    }

    private static LoadedDefinition? ReadRoot(YamlMappingNode root, FieldReader reader)
    {
        var fields = reader.Fields(root, "the definition", Keys, Optional);
        string? Text(string key) => fields.TryGetValue(key, out var node) ? reader.Text(node, key) : null;
        Span? SpanOf(string key, SpanSign sign) => fields.TryGetValue(key, out var node) ? reader.SpanOf(node, key, sign) : null;

        var id = Text("id");
        if (id is not null && !IsIdentifier(id))
        {
            reader.Add(fields["id"].Start, $"'id' must be lowercase letters, digits, '-' or '_', starting with a letter; it is '{id}'.");
        }

        var versionText = Text("version");
        int? version = int.TryParse(versionText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
        if (versionText is not null && version is null)
        {
            reader.Add(fields["version"].Start, $"'version' must be a positive whole number such as 1; it is '{versionText}'.");
        }

        var title = Text("title");
        var acknowledge = SpanOf("acknowledge_within", SpanSign.Positive);
        var every = SpanOf("report_every", SpanSign.Positive);
        var grace = SpanOf("report_grace", SpanSign.NotNegative);
        var review = SpanOf("review_within", SpanSign.Positive);
        var rework = SpanOf("rework_within", SpanSign.Positive);
        var ladder = fields.TryGetValue("ladder", out var ladderNode) ? LadderReader.Read(ladderNode, reader) : null;
        var cutoff = fields.TryGetValue("cutoff", out var cutoffNode) ? Cutoff(cutoffNode, reader) : null;
        var majorStart = fields.TryGetValue("major_starts_at", out var majorNode) ? MajorStart(majorNode, ladder, reader) : EscalationStepKind.Supervise;
        var parentWindow = SpanOf("parent_window", SpanSign.Positive);

        // Every reader above records its own error, so no error means every value is present.
        if (reader.Errors.Count > 0)
        {
            return null;
        }

        var idMark = fields["id"].Start;
        var definition = new WorkflowDefinition(
            id!, version!.Value, title!, acknowledge!.Value, every!.Value, grace!.Value, review!.Value, rework!.Value, ladder!, cutoff, majorStart, parentWindow);
        return new LoadedDefinition(definition, reader.File, (int)idMark.Line, (int)idMark.Column);
    }

    private static TimeOnly? Cutoff(YamlNode node, FieldReader reader)
    {
        if (reader.Text(node, "cutoff") is not { } text)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time))
        {
            return time;
        }

        reader.Add(node.Start, $"'cutoff' must be a time of day such as '18:00' (hours 0–23, minutes 00–59); it is '{text}'.");
        return null;
    }

    private static EscalationStepKind MajorStart(YamlNode node, IReadOnlyList<EscalationStep>? ladder, FieldReader reader)
    {
        var word = reader.Text(node, "major_starts_at");
        var kind = ladder?.FirstOrDefault(s => s.IsOverdue && LadderSteps.Name(s.Kind).Equals(word, StringComparison.OrdinalIgnoreCase))?.Kind;
        if (word is not null && ladder is not null && kind is null)
        {
            reader.Add(node.Start, $"'major_starts_at' must name a step of this ladder after the due time; it is '{word}'.");
        }

        return kind ?? EscalationStepKind.Supervise;
    }

    private static bool IsIdentifier(string id) =>
        char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');
}
