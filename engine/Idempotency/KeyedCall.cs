using Orleans.Runtime;

namespace Supervision.Engine.Idempotency;

/// <summary>
/// A command sent with an <c>Idempotency-Key</c> whose answer the grain stores in its events' own transaction. The host
/// puts it in Orleans' request context (it travels with the grain call, to another node too); the grain that records
/// the command's events (correlation id <see cref="CorrelationId"/>) writes the key's row with the answer beside them.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record KeyedCall([property: Id(0)] string User, [property: Id(1)] string Key, [property: Id(2)] string Hash, [property: Id(3)] string Process)
{
    private const string Item = "supervision.keyed";

    public string CorrelationId => $"idem:{User}:{Key}";

    /// <summary>The keyed call this grain turn serves, if any.</summary>
    public static KeyedCall? Current => RequestContext.Get(Item) as KeyedCall;

    public void Enter() => RequestContext.Set(Item, this);

    public static void Leave() => RequestContext.Remove(Item);
}
