using System.Text;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Errors;

/// <summary>
/// The sentences of every refusal code, in Chinese: the one catalogue the API's <c>detail</c> (and later the UI) reads.
/// A code has one or more templates; the first whose placeholders (<c>{field}</c>, <c>{limit}</c> …) all have values
/// is used, so the last template of each code names none. English comes with the refusal itself.
/// </summary>
public static class MessageCatalogue
{
    /// <summary>Every code that has Chinese sentences.</summary>
    public static IEnumerable<string> Codes => ChineseMessages.Templates.Keys;

    /// <summary>True when <paramref name="code"/> has Chinese sentences.</summary>
    public static bool Has(string code) => ChineseMessages.Templates.ContainsKey(code);

    /// <summary>The templates of a code (empty when it has none); for tests and the UI.</summary>
    public static IReadOnlyList<string> Templates(string code) =>
        ChineseMessages.Templates.TryGetValue(code, out var t) ? t : [];

    /// <summary>The Chinese sentence of a refusal.</summary>
    public static string Chinese(SupervisionException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Chinese(refusal.Code, refusal.Field, refusal.Args);
    }

    /// <summary>The Chinese sentence for <paramref name="code"/>, with the field at fault and other values; a general one for unknown codes.</summary>
    public static string Chinese(string code, string? field, IReadOnlyDictionary<string, string>? args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in args ?? new Dictionary<string, string>())
        {
            values[name] = InChinese(name, value);
        }

        if (!string.IsNullOrEmpty(field))
        {
            values["field"] = field;
        }

        foreach (var template in Templates(code))
        {
            if (TryFill(template, values) is { } sentence)
            {
                return sentence;
            }
        }

        return "请求未能完成。";
    }

    private static string InChinese(string name, string value) => name switch
    {
        "trigger" when Enum.TryParse<CycleTrigger>(value, out var t) => CycleLabels.Trigger(t, "zh"),
        "status" when Enum.TryParse<AssignmentStatus>(value, out var s) => CycleLabels.Status(s, "zh"),
        "what" => ChineseMessages.Nouns.GetValueOrDefault(value, value),
        _ => value,
    };

    private static string? TryFill(string template, Dictionary<string, string> values)
    {
        var result = new StringBuilder(template.Length + 32);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                result.Append(template, at, template.Length - at);
                break;
            }

            var close = template.IndexOf('}', open);
            if (!values.TryGetValue(template[(open + 1)..close], out var value))
            {
                return null;
            }

            result.Append(template, at, open - at).Append(value);
            at = close + 1;
        }

        return result.ToString();
    }
}
