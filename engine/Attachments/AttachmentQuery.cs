using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Attachments;

/// <summary>
/// The files uploaded to an assignment (its own moves and the findings on it), for the assignment's readers only: its
/// agency, the office and inspectors. A file is found by the record of its upload to that assignment, never by text
/// that names its hash; for anyone else, or any other hash, there is nothing.
/// </summary>
public sealed class AttachmentQuery(IGrainFactory grains, ITables tables)
{
    /// <summary>The assignment's files, oldest first, or null when the assignment does not exist or <paramref name="actor"/> may not read it.</summary>
    public async Task<IReadOnlyList<AttachedFile>?> OnAssignmentAsync(string assignmentId, Actor actor, CancellationToken cancellationToken) =>
        await grains.GetGrain<IAssignmentGrain>(assignmentId).GetAsync(actor) is null
            ? null
            : await AttachmentRows.OfStreamAsync(tables, StreamOf(assignmentId), cancellationToken);

    /// <summary>The file uploaded to the assignment under exactly <paramref name="hash"/>, or null (not readable, not uploaded there, not a hash).</summary>
    public async Task<AttachedFile?> FindAsync(string assignmentId, string? hash, Actor actor, CancellationToken cancellationToken) =>
        AttachedFile.IsHash(hash) && await grains.GetGrain<IAssignmentGrain>(assignmentId).GetAsync(actor) is not null
            ? await AttachmentRows.FindAsync(tables, StreamOf(assignmentId), hash!, cancellationToken)
            : null;

    /// <summary>The files of several assignments, by assignment id; those <paramref name="actor"/> may not read are left out.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AttachedFile>>> OnAssignmentsAsync(
        IEnumerable<string> assignmentIds, Actor actor, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<AttachedFile>>(StringComparer.Ordinal);
        foreach (var id in assignmentIds.Distinct(StringComparer.Ordinal))
        {
            if (await OnAssignmentAsync(id, actor, cancellationToken) is { Count: > 0 } files)
            {
                found[id] = files;
            }
        }

        return found;
    }

    private static string StreamOf(string assignmentId) => StreamIds.Assignment(assignmentId);
}
