namespace Supervision.Engine.Assignments.Parts;

/// <summary>
/// Every part of an assignment, registered once: a new part is one line here and a folder of its own.
/// A static table rather than the container's: the state replays its events (and Orleans copies it) with no
/// container at hand, and the parts hold nothing, so one instance each serves every grain.
/// </summary>
public static class AssignmentParts
{
    /// <summary>In the order their obligations are listed: commitments before findings.</summary>
    public static IReadOnlyList<IAssignmentPart> All { get; } =
    [
        new Interviews.InterviewsPart(),
        new Campaigns.FindingsPart(),
        new Evaluation.PracticesPart(),
        new MajorIssues.MajorIssuesPart(),
        new Rounds.RoundsPart(),
        new Extensions.ExtensionsPart(),
        new Cascade.CascadePart(),
        new Cascade.TreeFiguresPart(),
        new ChainEscalation.ChainPart(),
    ];
}
