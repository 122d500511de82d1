using System.Text;
using Supervision.Engine.Idempotency;

namespace Supervision.Host.Api;

/// <summary>
/// A keyed command in one commit. Nothing is claimed before it runs: the call carries the key (<see cref="KeyedCall"/>),
/// and the grain writes the key's row with its answer in the transaction of the event. The answer given is then
/// compared with the one stored, so a retry always gets the bytes the first caller got. A concurrent retry on another
/// node meets the first in the grain (one activation, one turn at a time): it finds the command applied, records
/// nothing, and answers the stored answer as a replay — the 409 <c>idempotency.in_progress</c> is left for keys claimed
/// by the other commands.
/// </summary>
public sealed partial class Idempotency
{
    private async Task RunInOneCommitAsync(HttpContext ctx, KeyedCall call)
    {
        var original = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        string? stored;
        call.Enter();
        try
        {
            await next(ctx);
        }
        finally
        {
            KeyedCall.Leave();
            ctx.Response.Body = original;
            stored = answers.Take(call);
        }

        var (status, type, body) = (ctx.Response.StatusCode, ctx.Response.ContentType, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        if (stored is not null && status < 500 && (status, type, body) != (200, KeyedAnswers.ContentType, stored))
        {
            // The grain's answer is not the one given (a serialisation apart): store what was given. (After a 5xx the
            // stored answer stands: it is what the retry should get.)
            await tables.ExecuteAsync([IdempotencyRows.Correct(call, status, type, body)]);
        }
        else if (stored is null && status < 500
            && await tables.ExecuteAsync([IdempotencyRows.Answer(call, status, type, body, clock.GetUtcNow())]) == 0)
        {
            // No grain of this process stored the answer and the key has a row (a grain on another node stored it, or a
            // concurrent retry got there first): answer what it holds.
            var row = await IdempotencyRows.ReadAsync(tables, call.User, call.Key, null, ctx.RequestAborted);
            if ((row.Hash, row.Status, row.Type, row.Body) != (call.Hash, status, type, body))
            {
                await AnswerStoredAsync(ctx, call, row);
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, ctx.RequestAborted);
    }

    private static async Task AnswerStoredAsync(HttpContext ctx, KeyedCall call, IdempotencyRecord row)
    {
        if (row.Hash == call.Hash && row.Status > 0)
        {
            ctx.Response.Headers.ContentLength = null;
            await ReplayAsync(ctx, row.Status, row.Type, row.Body);
            return;
        }

        // Claimed by a node taking a dead node's claim over, or used for another request since: its answer is not known yet.
        ctx.Response.Headers.RetryAfter = "1";
        await Problems.From(Engine.Errors.FailureKind.Conflict, "idempotency.in_progress",
            "A request with this Idempotency-Key is being carried out now; send it again in a moment to get its answer.", Header).ExecuteAsync(ctx);
    }
}
