using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Host.Auth;

namespace Supervision.Host.Api;

/// <summary>
/// Honours <c>Idempotency-Key</c> on every command: the same key and body get the first answer again without a second
/// event; the same key with another body is refused. The key also travels to the grain as the correlation id, so a
/// retry after a crash between the event and the stored answer is still recognised by the grain, and — because the trail
/// holds an event with that correlation id — answered as a replay too.
/// </summary>
public sealed class Idempotency(RequestDelegate next, ITables tables, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    private const string CorrelationItem = "supervision.correlation";
    // Striped locks: commands with the same user and key always meet on the same stripe; memory stays bounded.
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public static string CorrelationId(HttpContext ctx) =>
        ctx.Items[CorrelationItem] as string ?? $"req:{ctx.TraceIdentifier}";

    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext ctx)
    {
        var keys = ctx.Request.Headers[Header];
        var key = keys.ToString();
        if (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method) || string.IsNullOrEmpty(key)
            || !ctx.Request.Path.StartsWithSegments("/api/v1"))
        {
            await next(ctx);
            return;
        }

        // Two keys (as two header lines, or joined by a comma, which HTTP makes the same thing) name no single command.
        if (keys.Count > 1 || key.Contains(',', StringComparison.Ordinal))
        {
            await Problems.From(Engine.Errors.FailureKind.Invalid, "idempotency.multiple_keys",
                "Send one Idempotency-Key per request, without commas.", Header).ExecuteAsync(ctx);
            return;
        }

        if (ctx.User.Identity?.IsAuthenticated != true)
        {
            await next(ctx);
            return;
        }

        if (key.Length > 200 || key.Any(char.IsControl))
        {
            await Problems.From(Engine.Errors.FailureKind.Invalid, "idempotency.bad_key", "The Idempotency-Key header must be at most 200 printable characters.", Header).ExecuteAsync(ctx);
            return;
        }

        var user = ctx.User.Actor().UserId;
        ctx.Items[CorrelationItem] = $"idem:{user}:{key}";
        var requestHash = await HashRequestAsync(ctx.Request);
        var gate = Stripes[(int)((uint)StringComparer.Ordinal.GetHashCode($"{user}\n{key}") % (uint)Stripes.Length)];
        await gate.WaitAsync(ctx.RequestAborted);
        try
        {
            // One read answers both questions: is there a stored answer, and does the trail hold the command already?
            var earlier = (await tables.QueryAsync(
                // The LIKE term matches the partial index ix_events_idempotent, so the second question is an index lookup.
                """
                SELECT i.request_hash, i.status_code, i.content_type, i.body,
                       EXISTS (SELECT 1 FROM events WHERE correlation_id = @id AND correlation_id LIKE 'idem:%')
                FROM (SELECT 1) AS one LEFT JOIN idempotency i ON i.user_id = @user AND i.idem_key = @key
                """,
                new Dictionary<string, object?> { ["user"] = user, ["key"] = key, ["id"] = ctx.Items[CorrelationItem] },
                r => (Hash: r.NullableString(0), Status: r.IsDBNull(1) ? 0 : r.GetInt32(1), Type: r.NullableString(2), Body: r.NullableString(3) ?? "", Recorded: r.GetBoolean(4)),
                ctx.RequestAborted))[0];
            if (earlier.Hash is not null)
            {
                if (earlier.Hash != requestHash)
                {
                    await Problems.From(Engine.Errors.FailureKind.Conflict, "idempotency.key_reused",
                        "This Idempotency-Key was already used with a different request; use a new key for a new command.", Header).ExecuteAsync(ctx);
                    return;
                }

                ctx.Response.StatusCode = earlier.Status;
                ctx.Response.Headers[ReplayedHeader] = "true";
                // A 204 (sign-out, password change) has no body to give again, and may not be given one.
                if (earlier.Body.Length > 0)
                {
                    ctx.Response.ContentType = earlier.Type;
                    await ctx.Response.WriteAsync(earlier.Body, ctx.RequestAborted);
                }

                return;
            }

            // No stored answer, but the trail has the command: it was recorded and the host stopped before answering.
            // The grain recognises it and answers without a second event; say that this is a replay.
            if (earlier.Recorded)
            {
                ctx.Response.Headers[ReplayedHeader] = "true";
            }

            await RunAndRememberAsync(ctx, user, key, requestHash);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RunAndRememberAsync(HttpContext ctx, string user, string key, string requestHash)
    {
        var original = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        try
        {
            await next(ctx);
            // Only settled answers are remembered: a 5xx may succeed on retry, and must be allowed to.
            if (ctx.Response.StatusCode < 500)
            {
                await tables.ExecuteAsync([new ProjectionWrite(
                    "INSERT INTO idempotency (user_id, idem_key, request_hash, status_code, content_type, body, created_at) VALUES (@user, @key, @hash, @status, @type, @body, @at) ON CONFLICT (user_id, idem_key) DO NOTHING",
                    new Dictionary<string, object?>
                    {
                        ["user"] = user, ["key"] = key, ["hash"] = requestHash, ["status"] = ctx.Response.StatusCode,
                        ["type"] = ctx.Response.ContentType, ["body"] = Encoding.UTF8.GetString(buffer.ToArray()), ["at"] = clock.GetUtcNow(),
                    })]);
            }
        }
        finally
        {
            buffer.Position = 0;
            ctx.Response.Body = original;
            await buffer.CopyToAsync(original, ctx.RequestAborted);
        }
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
