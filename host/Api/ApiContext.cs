using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Host.Auth;

namespace Supervision.Host.Api;

/// <summary>What every endpoint takes from the request: who acts, and the correlation id that makes retries idempotent.</summary>
public static partial class ApiContext
{
    public static Actor Actor(this HttpContext ctx) => ctx.User.Actor();

    public static string Correlation(this HttpContext ctx) => Idempotency.CorrelationId(ctx);

    /// <summary>A caller-chosen id, checked; or a fresh one with the given prefix.</summary>
    public static string NewOrChecked(string? id, string prefix, string field)
    {
        if (id is null)
        {
            return $"{prefix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        }

        if (!IdPattern().IsMatch(id))
        {
            throw SupervisionException.Invalid("input.id", $"'{field}' must be 1–63 lower-case letters, digits or '-', starting with a letter or digit (was '{id}').", field);
        }

        return id;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();
}
