namespace Supervision.Engine.Reactions;

/// <summary>Where a reaction stands: waiting (or retrying), carried out, or parked after its last attempt.</summary>
public enum ReactionState
{
    Pending,
    Done,
    Failed,
}
