namespace Supervision.Host.Api;

/// <summary>
/// Marks a command whose grain stores its <c>Idempotency-Key</c> with the answer in the event's own transaction: a
/// move that answers 200 with the grain's view, and that the grain recognises when sent again (its correlation id).
/// On the assignment moves (acknowledge … withdraw in AssignmentsApi); every other keyed command claims its key first.
/// </summary>
public sealed class InOneCommit
{
    internal static readonly InOneCommit Mark = new();
}

public static class InOneCommitMarking
{
    public static RouteHandlerBuilder AnsweredInOneCommit(this RouteHandlerBuilder builder) => builder.WithMetadata(InOneCommit.Mark);
}
