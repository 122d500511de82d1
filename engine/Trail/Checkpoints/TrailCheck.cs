namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>
/// Everything an inspector asks of an export: its chains, and, given a checkpoint, whether anything the checkpoint
/// signed is missing. <see cref="Intact"/> only when both hold.
/// </summary>
public sealed record TrailCheck(TrailDocument Document, TrailVerification Verification, TrailCheckpoint? Checkpoint, IReadOnlyList<TrailCut> Cuts)
{
    public bool Intact => Verification.Intact && Cuts.Count == 0;

    /// <summary>
    /// Verifies the document, and holds it against the checkpoint when one is given. Throws
    /// <see cref="CheckpointRefusedException"/> when the checkpoint's signature does not verify (or is not by
    /// <paramref name="expectedFingerprint"/>), and <see cref="FormatException"/> when the export cannot be compared.
    /// </summary>
    public static TrailCheck Run(TrailDocument document, TrailCheckpoint? checkpoint, string? expectedFingerprint = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (checkpoint?.Refusal(expectedFingerprint) is { } refusal)
        {
            throw new CheckpointRefusedException(refusal);
        }

        var cuts = checkpoint is null ? [] : CheckpointComparison.Compare(document, checkpoint);
        return new TrailCheck(document, document.Verify(), checkpoint, cuts);
    }
}
