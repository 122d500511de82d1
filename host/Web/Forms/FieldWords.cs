using System.Net;
using System.Text.RegularExpressions;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web.Forms;

/// <summary>
/// A refusal told to a person: the field named by the label they see, never by the engine's or the API's name for it
/// (「延期理由」为必填项 rather than 「reason」为必填项); with no label to name it, a sentence that names no field.
/// </summary>
public static partial class FieldWords
{
    public static string Sentence(Lang lang, SupervisionException refusal, string? label)
    {
        ArgumentNullException.ThrowIfNull(lang);
        ArgumentNullException.ThrowIfNull(refusal);
        if (!lang.English)
        {
            return MessageCatalogue.Chinese(refusal.Code, label, refusal.Args);
        }

        if (refusal.Field is not { Length: > 0 } field || !refusal.Message.Contains($"'{field}'", StringComparison.Ordinal))
        {
            return refusal.Message;
        }

        var sentence = refusal.Message.Replace($"'{field}'", label is null ? "the field" : $"\"{label}\"", StringComparison.Ordinal);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    /// <summary>The text a person reads in a label's markup: controls, options and markup left out, a closing parenthetical hint too.</summary>
    public static string? LabelText(string html)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(Controls().Replace(html, " "), " "));
        text = Hint().Replace(Spaces().Replace(text, " ").Trim(), "");
        return text.Length == 0 ? null : text;
    }

    /// <summary>The text of a fieldset's legend.</summary>
    public static string? LegendText(string html) => Legend().Match(html) is { Success: true } m ? LabelText(m.Groups[1].Value) : null;

    /// <summary>The names a refusal's field may be found under, closest first: <c>agency_ids[0]</c>, <c>agency_ids</c>.</summary>
    public static IReadOnlyList<string> Candidates(string field) =>
        [.. new[] { field, Index().Replace(field, ""), field.Split('.', '[')[0] }.Distinct(StringComparer.Ordinal)];

    /// <summary>A form name in the API's spelling: <c>agencyId</c> → <c>agency_id</c>.</summary>
    public static string Snake(string name) => Upper().Replace(name, m => "_" + m.Value.ToLowerInvariant());

    [GeneratedRegex(@"<(textarea|select|datalist|button)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Controls();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*[（(][^（）()]*[）)]$")]
    private static partial Regex Hint();

    [GeneratedRegex(@"<legend\b[^>]*>(.*?)</legend>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Legend();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"(?<=[a-z0-9])[A-Z]")]
    private static partial Regex Upper();
}
