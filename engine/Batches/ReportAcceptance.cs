using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Batches;

/// <summary>
/// The office accepts several pending progress reports at once, from its review queue. Each is the assignment grain's
/// own review intent under a correlation id derived from the command's, so a retry accepts nothing twice; a report the
/// grain refuses (already reviewed, not pending) is reported and the others go on.
/// </summary>
public sealed class ReportAcceptance(IGrainFactory grains)
{
    public const int MaxReports = 200;

    /// <summary>One report to accept: its assignment and number.</summary>
    public sealed record Choice(string? AssignmentId, int? Number);

    public async Task<IReadOnlyList<BatchOutcome>> RunAsync(Actor actor, IReadOnlyList<Choice?>? reports, string? note, string correlationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCoordinator(actor, "review progress reports");
        var list = Access.Limits.Bounded(reports, "reports", MaxReports) ?? [];
        if (list.Count == 0)
        {
            throw SupervisionException.Invalid("input.required", "'reports' must name at least one report.", "reports");
        }

        var checkedNote = Access.Text.Optional(note, "note", Access.Text.LongMax);
        var choices = list.Select((c, i) => c is { AssignmentId: { Length: > 0 } id, Number: { } n }
            ? (Id: id, Number: n)
            : throw SupervisionException.Invalid("input.required", $"'reports[{i}]' needs an assignment_id and a number.", $"reports[{i}]")).Distinct().ToList();
        var outcomes = new List<BatchOutcome>();
        foreach (var (id, number) in choices)
        {
            var grain = grains.GetGrain<IAssignmentGrain>(id);
            var view = await grain.GetAsync(actor);
            outcomes.Add(view is null
                ? new BatchOutcome(id, id, BatchOutcome.Refused, "not_found", $"No assignment with id '{id}'.", number) { Refusal = SupervisionException.NotFound("assignment", id) }
                : await BatchOutcome.RunAsync(id, $"{view.ItemRef} {view.ItemTitle}", number,
                    () => grain.ReviewReportAsync(number, true, checkedNote, actor, $"{correlationId}:{id}:{number}")));
        }

        return outcomes;
    }
}
