using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Definition;

/// <summary>Parses the text of one YAML file that must hold exactly one mapping, recording what is wrong with its line.</summary>
internal static class YamlRoot
{
    /// <summary>The root mapping, or null with the problem recorded in <paramref name="reader"/>.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="reader">Where problems are recorded.</param>
    /// <param name="empty">The sentence for a file with no document.</param>
    /// <param name="example">An example first line, for a file that is a list or a single value.</param>
    public static YamlMappingNode? Load(string yaml, FieldReader reader, string empty, string example)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex) when (ex.Message.Contains("Duplicate key", StringComparison.Ordinal))
        {
            // The representation model refuses a repeated key while building the mapping.
            reader.Add(ex.Start, $"'{Plain(ex)["Duplicate key ".Length..]}' appears twice in the same mapping; keep only one.");
            return null;
        }
        catch (YamlException ex)
        {
            reader.Add(ex.Start, $"The file is not valid YAML: {Plain(ex)}.");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            reader.Add(Mark.Empty, empty);
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            reader.Add(stream.Documents[1].RootNode.Start, "A file holds exactly one YAML document; move this second one to its own file.");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Add(stream.Documents[0].RootNode.Start, $"The file must be a mapping of keys such as '{example}', not a list or a single value.");
            return null;
        }

        return root;
    }

    // YamlException's message repeats the positions ("(Line: 3, Col: 1, Idx: 20) - (…): …"); the error already carries them.
    private static string Plain(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
