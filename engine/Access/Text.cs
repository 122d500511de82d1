using Supervision.Engine.Errors;

namespace Supervision.Engine.Access;

/// <summary>Checks every piece of free text a command carries: required or not, bounded, no control characters.</summary>
public static class Text
{
    public const int ShortMax = 200;
    public const int LongMax = 20_000;

    public static string Required(string? value, string field, int max = ShortMax)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw SupervisionException.Invalid("input.required", $"'{field}' is required and may not be blank.", field);
        }

        return Optional(value, field, max)!;
    }

    public static string? Optional(string? value, string field, int max = ShortMax)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > max)
        {
            throw SupervisionException.Invalid("input.too_long", $"'{field}' is {value.Length} characters long; at most {max} are allowed.", field).With("limit", max);
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                throw SupervisionException.Invalid("input.control_character", $"'{field}' contains a control character (U+{(int)c:X4}); remove it.", field);
            }
        }

        return value.Trim();
    }
}
