namespace Supervision.Workflows.Scoring;

/// <summary>Who goes on a list: the first (or last) <paramref name="Count"/> by rank, held to a score threshold.</summary>
/// <param name="Count">top for the commendation, bottom for the circulation.</param>
/// <param name="Threshold">min_score (at least) for the commendation, below (under) for the circulation.</param>
public sealed record ListRule(int Count, double Threshold);
