using Supervision.Engine.Evaluation;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

/// <summary>The office marks a report as a model practice (典型经验, section 六(三)): the commendation list cites it.</summary>
public sealed partial class AssignmentGrain : IModelPracticeGrain
{
    public async Task<IReadOnlyList<int>> MarkModelPracticeAsync(int report, string? note, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "mark model practices");
        var checkedNote = Text.Optional(note, "note", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            await RecordAsync(PracticesPart.Mark(State, Opening, Id, report, checkedNote), actor, correlationId);
        }

        return PracticesPart.Of(State);
    }
}
