using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Evaluation.Events;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

/// <summary>The office marks a report as a model practice (典型经验, section 六(三)): the commendation list cites it.</summary>
public sealed partial class AssignmentGrain : IModelPracticeGrain
{
    private const int ExcerptLength = 120;

    public async Task<IReadOnlyList<int>> MarkModelPracticeAsync(int report, string? note, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "mark model practices");
        var checkedNote = Text.Optional(note, "note", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            var o = Opening;
            var marked = report >= 1 && report <= State.Reports.Count ? State.Reports[report - 1] : throw SupervisionException.NotFound("report", $"{Id}/{report}");
            if (marked.Status == ReportStatus.Returned)
            {
                throw SupervisionException.Conflict("practice.report_returned", $"Report {report} was returned; a returned report is not a model practice.");
            }

            if (State.ModelPractices.Contains(report))
            {
                throw SupervisionException.Conflict("practice.marked", $"Report {report} is marked as a model practice already.");
            }

            var prose = marked.Narrative.Split('\n')[0].Trim();
            var excerpt = prose.Length > ExcerptLength ? prose[..ExcerptLength] + "…" : prose;
            await RecordAsync(new ModelPracticeMarked(report, marked.Period, o.AgencyId, o.ItemRef, excerpt, checkedNote), actor, correlationId);
        }

        return State.ModelPractices;
    }
}
