using System.Text;
using System.Text.Json;

namespace Supervision.Engine.Trail.Canonical;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme (JCS): the one byte form of a JSON value that the trail hashes, so a file
/// re-indented, re-escaped (<c>\u</c>) or with its members reordered by another tool still hashes the same.
/// <para>
/// Covered: objects (members sorted by their names' UTF-16 code units, duplicate names refused), arrays, strings
/// (escaped as RFC 8785 §3.2.2.2 says), <c>true</c>/<c>false</c>/<c>null</c>, and numbers as
/// <see cref="CanonicalNumber"/> writes them. Refused with a <see cref="FormatException"/>: invalid JSON, duplicate
/// member names, strings that are not valid Unicode (lone surrogates), numbers outside the range of an IEEE double.
/// </para>
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <summary>The canonical UTF-8 bytes of a JSON text.</summary>
    public static byte[] Canonicalize(string json) => Encoding.UTF8.GetBytes(Append(new StringBuilder(json.Length), json).ToString());

    /// <summary>Appends the canonical form of a JSON text.</summary>
    public static StringBuilder Append(StringBuilder text, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException error)
        {
            throw new FormatException($"Not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            return Append(text, document.RootElement);
        }
    }

    /// <summary>Appends the canonical form of a parsed JSON value.</summary>
    public static StringBuilder Append(StringBuilder text, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return value.ValueKind switch
        {
            JsonValueKind.Object => AppendObject(text, value),
            JsonValueKind.Array => AppendArray(text, value),
            JsonValueKind.String => AppendString(text, Unescaped(value)),
            JsonValueKind.Number => text.Append(CanonicalNumber.Format(value.GetRawText())),
            JsonValueKind.True => text.Append("true"),
            JsonValueKind.False => text.Append("false"),
            JsonValueKind.Null => text.Append("null"),
            _ => throw new FormatException($"A JSON value of kind {value.ValueKind} has no canonical form."),
        };
    }

    /// <summary>Appends a string (or <c>null</c>) escaped as RFC 8785 does: only <c>"</c>, <c>\</c> and controls.</summary>
    public static StringBuilder AppendString(StringBuilder text, string? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (value is null)
        {
            return text.Append("null");
        }

        text.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\b' => text.Append("\\b"),
                '\t' => text.Append("\\t"),
                '\n' => text.Append("\\n"),
                '\f' => text.Append("\\f"),
                '\r' => text.Append("\\r"),
                < ' ' => text.Append("\\u00").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"');
    }

    private static StringBuilder AppendObject(StringBuilder text, JsonElement value)
    {
        var members = new List<(string Name, JsonElement Value)>();
        foreach (var member in value.EnumerateObject())
        {
            members.Add((Unescaped(member), member.Value));
        }

        // Ordinal comparison of .NET strings is comparison of UTF-16 code units, which is what RFC 8785 §3.2.3 asks.
        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        text.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i - 1].Name, members[i].Name, StringComparison.Ordinal))
                {
                    throw new FormatException($"The member name \"{members[i].Name}\" appears twice in one object; such JSON has no canonical form.");
                }

                text.Append(',');
            }

            AppendString(text, members[i].Name).Append(':');
            Append(text, members[i].Value);
        }

        return text.Append('}');
    }

    private static StringBuilder AppendArray(StringBuilder text, JsonElement value)
    {
        text.Append('[');
        var first = true;
        foreach (var item in value.EnumerateArray())
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            Append(text, item);
        }

        return text.Append(']');
    }

    private static string Unescaped(JsonElement value) => Checked(() => value.GetString()!, value.GetRawText());

    private static string Unescaped(JsonProperty member) => Checked(() => member.Name, "naming a member");

    private static string Checked(Func<string> read, string shown)
    {
        string text;
        try
        {
            text = read();
        }
        catch (InvalidOperationException error)
        {
            throw new FormatException($"The string {shown} is not valid Unicode (a lone surrogate?); it has no canonical form.", error);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new FormatException($"The string {shown} holds a lone surrogate (U+{(int)text[i]:X4}); it has no canonical form.");
            }
        }

        return text;
    }
}
