using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Definition;

/// <summary>
/// Reads typed values out of YAML nodes for one file and records every problem with its line,
/// so a broken file reports all its mistakes at once instead of one per attempt.
/// </summary>
internal sealed class FieldReader(string file)
{
    private readonly List<DefinitionError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<DefinitionError> Errors => _errors;

    public void Add(Mark at, string message) =>
        _errors.Add(new DefinitionError(File, (int)at.Line, (int)at.Column, message));

    /// <summary>Splits a mapping into its known keys, reporting unknown ones and missing ones that are not <paramref name="optional"/>.</summary>
    public Dictionary<string, YamlNode> Fields(
        YamlMappingNode mapping, string where, IReadOnlyDictionary<string, string> known, IReadOnlySet<string>? optional = null)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (known.ContainsKey(key))
            {
                fields[key] = value;
            }
            else
            {
                Add(keyNode.Start, $"Unknown key '{key}' in {where}; the keys are {string.Join(", ", known.Keys)}.");
            }
        }

        foreach (var (key, hint) in known.Where(k => !fields.ContainsKey(k.Key) && optional?.Contains(k.Key) != true))
        {
            Add(mapping.Start, $"{Capitalized(where)} is missing '{key}' ({hint}).");
        }

        return fields;
    }

    /// <summary>The trimmed text of a single value, or null (and an error) when it is absent or not a single value.</summary>
    public string? Text(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            Add(node.Start, $"'{key}' must be a single value, not a {Shape(node)}.");
            return null;
        }

        var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";
        if (isNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Add(node.Start, $"'{key}' has no value.");
            return null;
        }

        return scalar.Value!.Trim();
    }

    /// <summary>A span, checked against the sign the key allows.</summary>
    public Span? SpanOf(YamlNode node, string key, SpanSign sign)
    {
        if (Text(node, key) is not { } text)
        {
            return null;
        }

        if (!Span.TryParse(text, out var span, out var error))
        {
            Add(node.Start, $"'{key}': {error}");
            return null;
        }

        var problem = sign switch
        {
            SpanSign.Positive when span.Amount <= 0 => "must be longer than zero",
            SpanSign.NotNegative when span.Amount < 0 => "cannot be negative",
            _ => null,
        };
        if (problem is not null)
        {
            Add(node.Start, $"'{key}' {problem}; it is '{text}'.");
            return null;
        }

        return span;
    }

    public static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "single value",
    };

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
