namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>
/// A score source that asks a query of another feature instead of reading events itself (attainment against pace comes
/// from the targets' replay of each plan). Asked before the event sources are read, outside their lock.
/// </summary>
public interface IAsyncScoreSource
{
    IReadOnlyList<string> Criteria { get; }

    /// <summary>Its marks for the window over the plans named; <paramref name="openingOf"/> gives the event a mark rests on when the figure has none.</summary>
    Task<IReadOnlyList<ScoreMark>> MarksAsync(ScoreWindow window, IReadOnlyCollection<string> plans, CancellationToken cancellationToken);
}
