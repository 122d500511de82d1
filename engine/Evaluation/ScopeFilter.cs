namespace Supervision.Engine.Evaluation;

/// <summary>What a scoped evaluation counts: the agencies strictly below its scope agency, and the assignments cascaded under that agency's own.</summary>
public sealed record ScopeFilter(IReadOnlySet<string> Agencies, IReadOnlySet<string> Assignments)
{
    /// <summary>Whether a fact of <paramref name="agencyId"/> resting on an event of <paramref name="streamId"/> is counted.</summary>
    public bool Counts(string agencyId, string streamId) =>
        Agencies.Contains(agencyId) && Trail.StreamIds.AssignmentOf(streamId) is { } assignment && Assignments.Contains(assignment);
}
