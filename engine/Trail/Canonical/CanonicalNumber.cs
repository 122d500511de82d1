using System.Globalization;
using System.Text;

namespace Supervision.Engine.Trail.Canonical;

/// <summary>
/// A JSON number in RFC 8785 form: the IEEE double the literal denotes, written as ECMAScript's
/// <c>Number.prototype.toString</c> writes it (shortest digits that read back as the same double; plain notation
/// from 1e-6 up to 1e21, exponent notation outside; <c>-0</c> as <c>0</c>).
/// <para>
/// So <c>4.50</c>, <c>4.5e0</c> and <c>45E-1</c> all become <c>4.5</c>. As in RFC 8785, a number is only as exact as
/// a double: about 15–17 significant digits. The engine writes integers (versions, counts) and decimals as people
/// type them (indicator values, targets), far shorter than that. Literals that overflow a double (<c>1e400</c>) or
/// underflow to zero although not zero (<c>1e-400</c>) are refused.
/// </para>
/// </summary>
public static class CanonicalNumber
{
    /// <summary>The canonical text of a JSON number literal; throws <see cref="FormatException"/> when it has none.</summary>
    public static string Format(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new FormatException($"The number {literal} is outside the range of an IEEE double; it has no canonical form.");
        }

        if (value == 0)
        {
            return HasNonZeroDigit(literal)
                ? throw new FormatException($"The number {literal} is too small for an IEEE double; it has no canonical form.")
                : "0";
        }

        return Format(value);
    }

    /// <summary>The canonical text of a finite double.</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new FormatException($"{value} is not a finite number; JSON has no form for it.");
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET writes the shortest round-trip digits ("R"): e.g. 1.5E-07, 1E+21, 123.456.
        var (digits, n) = Decompose(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        var text = new StringBuilder(digits.Length + 8);
        if (value < 0)
        {
            text.Append('-');
        }

        return Layout(text, digits, n).ToString();
    }

    /// <summary>Significant digits d1…dk (no leading or trailing zeros) and n with value = 0.d1…dk × 10^n.</summary>
    private static (string Digits, int N) Decompose(string shortest)
    {
        var e = shortest.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? shortest : shortest[..e];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? mantissa : mantissa[..point];
        var all = point < 0 ? mantissa : whole + mantissa[(point + 1)..];
        var n = whole.Length + exponent;
        var leading = all.Length - all.TrimStart('0').Length;
        return (all.Trim('0'), n - leading);
    }

    // ECMA-262 Number::toString, steps for k digits s and exponent n.
    private static StringBuilder Layout(StringBuilder text, string s, int n)
    {
        var k = s.Length;
        if (k <= n && n <= 21)
        {
            return text.Append(s).Append('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return text.Append(s, 0, n).Append('.').Append(s, n, k - n);
        }

        if (-6 < n && n <= 0)
        {
            return text.Append("0.").Append('0', -n).Append(s);
        }

        text.Append(s[0]);
        if (k > 1)
        {
            text.Append('.').Append(s, 1, k - 1);
        }

        var exponent = n - 1;
        return text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
    }

    private static bool HasNonZeroDigit(string literal)
    {
        foreach (var c in literal)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }
}
