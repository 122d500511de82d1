namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>A checkpoint that cannot be trusted: its signature does not verify, or it is not by the expected key.</summary>
public sealed class CheckpointRefusedException : Exception
{
    public CheckpointRefusedException(string reason)
        : base($"The checkpoint is refused: {reason}") => Reason = reason;

    public CheckpointRefusedException()
        : this("unknown reason")
    {
    }

    public CheckpointRefusedException(string message, Exception inner)
        : base(message, inner) => Reason = message;

    public string Reason { get; } = "";
}
