using Supervision.Engine.Evaluation.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>The model practices marked in the trail; no criterion of its own: the commendation list cites them.</summary>
public sealed class PracticeSource : IScoreSource
{
    private readonly List<ModelPractice> _practices = [];

    public IReadOnlyList<string> Criteria { get; } = [];

    public IReadOnlyList<string> EventTypes { get; } = [nameof(ModelPracticeMarked)];

    public (string Zh, string En)? Note => null;

    public void Observe(StoredEvent stored, IDomainEvent decoded)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (decoded is ModelPracticeMarked m)
        {
            var assignment = StreamIds.AssignmentOf(stored.StreamId) ?? stored.StreamId;
            _practices.Add(new ModelPractice(m.AgencyId, assignment, m.ItemRef, m.Report, m.Period, m.Excerpt, m.Note,
                new EventRef(stored.StreamId, stored.Version, stored.Position, stored.Type, stored.At)));
        }
    }

    public IEnumerable<ScoreMark> Marks(ScoreWindow window) => [];

    /// <summary>The practices marked within the window (plans are told apart by the assignment id's plan prefix, not here).</summary>
    public IEnumerable<ModelPractice> Within(ScoreWindow window) => _practices.Where(p => window.Counts(p.Event.At));
}
