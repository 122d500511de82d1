using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Scoring;

/// <summary>
/// Reads a scoring scheme from YAML and checks all of it: unknown or missing fields, weights that are not numbers or
/// do not add up to 100, unknown escalation steps, list rules out of range. Every problem is reported at once, with its line.
/// </summary>
public static class SchemeLoader
{
    /// <summary>The folder the build copies <c>workflows/schemes/*.yaml</c> to, next to the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "workflows", "schemes");

    /// <summary>The default scheme shipped with the application (<c>standard.v1.yaml</c>).</summary>
    public static ScoringScheme Default() => LoadFile(Path.Combine(DefaultFolder, "standard.v1.yaml"));

    /// <exception cref="SchemeException">The file is not a valid scheme.</exception>
    public static ScoringScheme LoadFile(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <exception cref="SchemeException">The text is not a valid scheme.</exception>
    public static ScoringScheme Parse(string yaml, string file = "<inline>")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new SchemeException(file, [$"line {e.Start.Line}: {e.Message}"]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SchemeException(file, ["line 1: the scheme must be a mapping with id, version, title, criteria, commendation and circulation"]);
        }

        var reader = new SchemeFields();
        var scheme = reader.Read(root);
        return reader.Problems.Count == 0 && scheme is not null ? scheme : throw new SchemeException(file, reader.Problems);
    }

    internal static bool TryNumber(YamlNode node, out double value)
    {
        value = 0;
        return node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
