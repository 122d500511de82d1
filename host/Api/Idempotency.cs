using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Idempotency;
using Supervision.Engine.Trail;
using Supervision.Host.Auth;

namespace Supervision.Host.Api;

/// <summary>
/// Honours <c>Idempotency-Key</c> on every command: the same key and body get the first answer again without a second
/// event; the same key with another body is refused. The key also travels to the grain as the correlation id, so a
/// retry after a crash between the event and the stored answer is still recognised by the grain, and — because the trail
/// holds an event with that correlation id — answered as a replay too. Before its command runs, the key is claimed with a
/// row naming this node, so two nodes of a cluster never both run one key: the second answers 409
/// <c>idempotency.in_progress</c> (retry shortly) while the first is alive, and takes the claim over once it is not.
/// A command marked <see cref="InOneCommit"/> needs no claim: its grain stores the key with the answer in the event's
/// own transaction (see Idempotency.OneCommit.cs).
/// </summary>
public sealed partial class Idempotency(RequestDelegate next, ITables tables, TimeProvider clock, Cluster.NodeLiveness nodes, KeyedAnswers answers)
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
            for (var round = 0; round < 3; round++)
            {
                var earlier = await ReadAsync(ctx, user, key);
                if (earlier.Hash is not null && earlier.Hash != requestHash)
                {
                    await Problems.From(Engine.Errors.FailureKind.Conflict, "idempotency.key_reused",
                        "This Idempotency-Key was already used with a different request; use a new key for a new command.", Header).ExecuteAsync(ctx);
                    return;
                }

                if (earlier.Hash is not null && earlier.Status > 0)
                {
                    await ReplayAsync(ctx, earlier.Status, earlier.Type, earlier.Body);
                    return;
                }

                // Claimed and still running on another node that is alive: the client should ask again shortly.
                if (earlier.Hash is not null && earlier.ClaimedBy != nodes.Self && nodes.IsAlive(earlier.ClaimedBy))
                {
                    ctx.Response.Headers.RetryAfter = "1";
                    await Problems.From(Engine.Errors.FailureKind.Conflict, "idempotency.in_progress",
                        "A request with this Idempotency-Key is being carried out now; send it again in a moment to get its answer.", Header).ExecuteAsync(ctx);
                    return;
                }

                if (earlier.Hash is null && !earlier.Recorded && ctx.GetEndpoint()?.Metadata.GetMetadata<InOneCommit>() is not null)
                {
                    await RunInOneCommitAsync(ctx, new KeyedCall(user, key, requestHash, answers.Process));
                    return;
                }

                // No row: claim the key. A claim left by a node that died (or by this one, before it restarted): take it over.
                if (await ClaimAsync(user, key, requestHash, earlier.Hash is null ? null : earlier.ClaimedBy ?? "", ctx.RequestAborted))
                {
                    // No stored answer, but the trail has the command: it was recorded and its node stopped before answering.
                    // The grain recognises it and answers without a second event; say that this is a replay.
                    if (earlier.Recorded)
                    {
                        ctx.Response.Headers[ReplayedHeader] = "true";
                    }

                    await RunAndRememberAsync(ctx, user, key);
                    return;
                }
            }

            throw new InvalidOperationException($"Idempotency-Key of user {user} could be neither claimed nor answered after three rounds.");
        }
        finally
        {
            gate.Release();
        }
    }

    private Task<IdempotencyRecord> ReadAsync(HttpContext ctx, string user, string key) =>
        IdempotencyRows.ReadAsync(tables, user, key, ctx.Items[CorrelationItem] as string, ctx.RequestAborted);

    /// <summary>
    /// Claims the key for this node before its command runs (status 0, no answer yet), so two nodes never both run it.
    /// <paramref name="takeOverFrom"/> null: the key is new; otherwise the claim of that (dead) node is taken over.
    /// </summary>
    private async Task<bool> ClaimAsync(string user, string key, string requestHash, string? takeOverFrom, CancellationToken cancellationToken) =>
        await tables.ExecuteAsync([IdempotencyRows.Claim(user, key, requestHash, nodes.Self, takeOverFrom, clock.GetUtcNow())], cancellationToken) == 1;

    private static async Task ReplayAsync(HttpContext ctx, int status, string? type, string body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers[ReplayedHeader] = "true";
        // A 204 (sign-out, password change) has no body to give again, and may not be given one.
        if (body.Length > 0)
        {
            ctx.Response.ContentType = type;
            await ctx.Response.WriteAsync(body, ctx.RequestAborted);
        }
    }

    private async Task RunAndRememberAsync(HttpContext ctx, string user, string key)
    {
        var original = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        var remembered = false;
        try
        {
            await next(ctx);
            // Only settled answers are remembered: a 5xx may succeed on retry, and must be allowed to.
            if (ctx.Response.StatusCode < 500)
            {
                await tables.ExecuteAsync([IdempotencyRows.Remember(user, key, nodes.Self, ctx.Response.StatusCode, ctx.Response.ContentType, Encoding.UTF8.GetString(buffer.ToArray()))]);
                remembered = true;
            }
        }
        finally
        {
            if (!remembered)
            {
                // Nothing settled: let the key go, so a retry (here or on another node) runs the command again.
                await tables.ExecuteAsync([IdempotencyRows.Release(user, key, nodes.Self)]);
            }

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
