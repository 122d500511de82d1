namespace Supervision.Workflows.Scoring;

/// <summary>
/// How agencies are scored (考核评分办法): four rate criteria whose weights add up to 100, two deductions, and the rules
/// of the commendation and circulation lists. Versioned like a workflow definition; a frozen evaluation names its version.
/// </summary>
/// <param name="Id">The scheme's id, e.g. <c>standard</c>.</param>
/// <param name="Version">Its version; a published version is never edited.</param>
/// <param name="Title">What people call it.</param>
/// <param name="Rates">The rate criteria by key (<see cref="Criteria.Rates"/>): each misses cost weight ÷ count.</param>
/// <param name="StepPoints">Points deducted per escalation step received, by step (urge, supervise, interview, notice).</param>
/// <param name="StepMax">The most the escalation deduction takes.</param>
/// <param name="MajorIssuePoints">Points deducted per major issue still open at the end of the period.</param>
/// <param name="MajorIssueMax">The most the major-issue deduction takes.</param>
/// <param name="Commendation">Who is commended.</param>
/// <param name="Circulation">Who is circulated.</param>
public sealed record ScoringScheme(
    string Id,
    int Version,
    string Title,
    IReadOnlyDictionary<string, double> Rates,
    IReadOnlyDictionary<string, double> StepPoints,
    double StepMax,
    double MajorIssuePoints,
    double MajorIssueMax,
    ListRule Commendation,
    ListRule Circulation)
{
    /// <summary>The weight of a rate criterion.</summary>
    public double Weight(string criterion) => Rates.GetValueOrDefault(criterion);
}
