using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Definitions;

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
    };

    public static (LoadedDefinition? Loaded, IReadOnlyList<DefinitionError> Errors) Read(string yaml, string file)
    {
        var reader = new FieldReader(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex) when (ex.Message.Contains("Duplicate key", StringComparison.Ordinal))
        {
            // The representation model refuses a repeated key while building the mapping.
            reader.Add(ex.Start, $"'{Plain(ex)["Duplicate key ".Length..]}' appears twice in the same mapping; keep only one.");
            return (null, reader.Errors);
        }
        catch (YamlException ex)
        {
            reader.Add(ex.Start, $"The file is not valid YAML: {Plain(ex)}.");
            return (null, reader.Errors);
        }

        if (stream.Documents.Count == 0)
        {
            reader.Add(Mark.Empty, $"The file holds no definition; it needs {string.Join(", ", Keys.Keys)}.");
            return (null, reader.Errors);
        }

        if (stream.Documents.Count > 1)
        {
            reader.Add(stream.Documents[1].RootNode.Start, "A definition file holds exactly one YAML document; move this second one to its own file.");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Add(stream.Documents[0].RootNode.Start, "The file must be a mapping of keys such as 'id: standard', not a list or a single value.");
            return (null, reader.Errors);
        }

        var loaded = ReadRoot(root, reader);
        return (reader.Errors.Count == 0 ? loaded : null, reader.Errors);
    }

    private static LoadedDefinition? ReadRoot(YamlMappingNode root, FieldReader reader)
    {
        var fields = reader.Fields(root, "the definition", Keys);
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

        // Every reader above records its own error, so no error means every value is present.
        if (reader.Errors.Count > 0)
        {
            return null;
        }

        var idMark = fields["id"].Start;
        var definition = new WorkflowDefinition(
            id!, version!.Value, title!, acknowledge!.Value, every!.Value, grace!.Value, review!.Value, rework!.Value, ladder!);
        return new LoadedDefinition(definition, reader.File, (int)idMark.Line, (int)idMark.Column);
    }

    private static bool IsIdentifier(string id) =>
        char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');

    // YamlException's message repeats the positions ("(Line: 3, Col: 1, Idx: 20) - (…): …"); the error already carries them.
    private static string Plain(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
