using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation;

/// <summary>Model practices (典型经验, section 六(三)): reports of an assignment the office marked for the commendation list.</summary>
public sealed class PracticesPart : IAssignmentPart
{
    private const int ExcerptLength = 120;

    public static IReadOnlyList<int> Of(AssignmentState state) => state.Slice<PracticesSlice>().Reports;

    /// <summary>The mark of report <paramref name="report"/>, refused when it does not exist, was returned or is marked already.</summary>
    public static ModelPracticeMarked Mark(AssignmentState state, AssignmentOpening o, string assignmentId, int report, string? note)
    {
        var marked = report >= 1 && report <= state.Reports.Count ? state.Reports[report - 1] : throw SupervisionException.NotFound("report", $"{assignmentId}/{report}");
        if (marked.Status == ReportStatus.Returned)
        {
            throw SupervisionException.Conflict("practice.report_returned", $"Report {report} was returned; a returned report is not a model practice.");
        }

        if (Of(state).Contains(report))
        {
            throw SupervisionException.Conflict("practice.marked", $"Report {report} is marked as a model practice already.");
        }

        var prose = marked.Narrative.Split('\n')[0].Trim();
        var excerpt = prose.Length > ExcerptLength ? prose[..ExcerptLength] + "…" : prose;
        return new ModelPracticeMarked(report, marked.Period, o.AgencyId, o.ItemRef, excerpt, note);
    }

    public void When(AssignmentState state, TrailEntry entry)
    {
        if (entry.Event is ModelPracticeMarked e)
        {
            state.SetSlice(new PracticesSlice { Reports = state.Slice<PracticesSlice>().Reports.Add(e.Report) });
        }
    }
}
