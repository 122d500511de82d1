using System.Globalization;
using Supervision.Engine.Errors;

namespace Supervision.Host.Targets;

/// <summary>
/// The <c>as_of</c> query parameter: an instant with its offset (<c>2022-06-30T00:00:00+08:00</c>, or <c>…Z</c>). A <c>+</c>
/// left unescaped in a URL arrives as a space and is read back as <c>+</c>. Absent: now.
/// </summary>
public static class AsOf
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var repaired = text.Trim().Replace(' ', '+');
        if (repaired.Length > 40 || !repaired.Contains('T', StringComparison.Ordinal)
            || !(repaired.EndsWith('Z') || repaired.LastIndexOfAny(['+', '-']) > repaired.IndexOf('T', StringComparison.Ordinal))
            || !DateTimeOffset.TryParse(repaired, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            throw SupervisionException.Invalid("as_of.format", $"'as_of' must be an instant with its offset, such as 2022-06-30T00:00:00+08:00 (was '{text}').", "as_of");
        }

        return at.ToUniversalTime();
    }
}
