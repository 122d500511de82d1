using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>
/// The seam a score's inputs come through: a source reads the event types it names from the trail (each event once, in
/// position order) and gives the marks of its criteria for a window. The cycle's figures come from
/// <see cref="CycleSource"/>, open major issues from <see cref="MajorIssueSource"/>; attainment against pace is asked of
/// the targets' replay (<see cref="AttainmentSource"/>, an <see cref="IAsyncScoreSource"/>).
/// </summary>
public interface IScoreSource
{
    /// <summary>The criteria this source marks (keys of <see cref="Workflows.Scoring.Criteria"/>).</summary>
    IReadOnlyList<string> Criteria { get; }

    /// <summary>The event types it reads.</summary>
    IReadOnlyList<string> EventTypes { get; }

    /// <summary>Said on each of its criteria in every score, e.g. that it stands in for a figure not kept yet; null when nothing needs saying.</summary>
    (string Zh, string En)? Note { get; }

    /// <summary>Takes in one event of a type it named; called under the facts' lock, in position order, each event once.</summary>
    void Observe(StoredEvent stored, IDomainEvent decoded);

    /// <summary>Its marks for the window, from the events observed (those after the window's AsOf are left out).</summary>
    IEnumerable<ScoreMark> Marks(ScoreWindow window);
}
