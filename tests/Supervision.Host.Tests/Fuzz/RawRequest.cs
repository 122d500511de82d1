using System.Globalization;
using System.Text;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// One HTTP/1.1 request exactly as it goes on the wire: the request target as written (percent-encoding and all),
/// every header line in order (a name may repeat), and the body bytes. HttpClient would normalise most of what the fuzz
/// needs to send wrong, so the fuzz writes the bytes itself.
/// </summary>
public sealed record RawRequest(string Method, string Target, IReadOnlyList<(string Name, string Value)> Headers, byte[]? Body)
{
    public byte[] ToBytes(string host)
    {
        var head = new StringBuilder();
        head.Append(Method).Append(' ').Append(Target).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(host).Append("\r\n");
        foreach (var (name, value) in Headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (Body is not null)
        {
            head.Append("Content-Length: ").Append(Body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        var bytes = Encoding.UTF8.GetBytes(head.ToString());
        return Body is null ? bytes : [.. bytes, .. Body];
    }

    /// <summary>The request as a person reads it: credentials named by role, long bodies cut with their size said.</summary>
    public string Describe(string role)
    {
        var text = new StringBuilder();
        text.Append(Method).Append(' ').Append(Cut(Target, 300)).Append('\n');
        foreach (var (name, value) in Headers)
        {
            var shown = name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && value.StartsWith("Bearer sv_", StringComparison.Ordinal)
                ? $"Bearer <token of {role}>"
                : value;
            text.Append(name).Append(": ").Append(Cut(shown, 200)).Append('\n');
        }

        if (Body is not null)
        {
            text.Append('\n').Append(Cut(Encoding.UTF8.GetString(Body), 400));
            if (Body.Length > 400)
            {
                text.Append(CultureInfo.InvariantCulture, $" … ({Body.Length} bytes in all)");
            }
        }

        return text.ToString();
    }

    private static string Cut(string text, int length) =>
        text.Length <= length ? Escape(text) : Escape(text[..length]) + $"…({text.Length} chars)";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) && c is not '\n' ? $"\\u{(int)c:x4}" : c.ToString()));
}
