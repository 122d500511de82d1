namespace Supervision.Engine.Import;

/// <summary>The outcome of looking a name up in an <see cref="AgencyRegistry"/>.</summary>
/// <param name="Status">Resolved, unresolved or ambiguous.</param>
/// <param name="Agency">The agency when resolved.</param>
/// <param name="Candidates">Canonical names of every agency the name could mean (ambiguous case).</param>
public sealed record AgencyResolution(ResolutionStatus Status, Agency? Agency, IReadOnlyList<string> Candidates);
