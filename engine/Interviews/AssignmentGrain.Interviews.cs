using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Interviews;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

/// <summary>
/// Accountability interviews (约谈): the office records one (usually once the ladder reaches the interview step), and
/// each rectification commitment made there is an obligation of the agency, with its own ladder, until fulfilled.
/// </summary>
public sealed partial class AssignmentGrain
{
    public async Task<AssignmentView> RecordInterviewAsync(InterviewInput input, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "record interviews");
        if (!State.HasApplied(correlationId))
        {
            if (!AssignmentCycle.IsOpen(State.Status))
            {
                throw SupervisionException.Conflict("interview.closed", $"Assignment {Id} is closed ({State.Status}); an interview is recorded on open work.");
            }

            if (InterviewsPart.Of(State).Count >= Limits.InterviewsPerAssignment)
            {
                throw SupervisionException.Invalid("input.too_many", $"Assignment {Id} already has {Limits.InterviewsPerAssignment} interviews.", "interviews")
                    .With("field", "interviews").With("count", InterviewsPart.Of(State).Count).With("limit", Limits.InterviewsPerAssignment);
            }

            await RecordAsync(Checked(input ?? throw SupervisionException.Invalid("input.required", "The interview is required.", "interview")), actor, correlationId);
        }

        return await ViewAsync(actor);
    }

    public async Task<AssignmentView> FulfilCommitmentAsync(int interview, int number, string evidence, Actor actor, string? correlationId)
    {
        RequireAgency(actor, Opening.AgencyId, "report a commitment fulfilled");
        var checkedEvidence = Text.Required(evidence, "evidence", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            var held = interview >= 1 && interview <= InterviewsPart.Of(State).Count ? InterviewsPart.Of(State)[interview - 1] : null;
            if (held?.Commitments.Any(c => c.Number == number) != true)
            {
                throw SupervisionException.NotFound("commitment", $"{Id}/{interview}.{number}");
            }

            if (held.Fulfilled.Contains(number))
            {
                throw SupervisionException.Conflict("commitment.fulfilled", $"Commitment {interview}.{number} is fulfilled already.");
            }

            await RecordAsync(new CommitmentFulfilled(interview, number, checkedEvidence), actor, correlationId);
        }

        return await ViewAsync(actor);
    }

    private InterviewRecorded Checked(InterviewInput input)
    {
        var attendees = Limits.Bounded(input.Attendees, "attendees", Limits.AttendeesPerInterview) ?? [];
        var commitments = Limits.Bounded(input.Commitments, "commitments", Limits.CommitmentsPerInterview) ?? [];
        var cutoff = Definition().Cutoff;
        return new InterviewRecorded(
            InterviewsPart.Of(State).Count + 1,
            input.HeldOn,
            Text.Required(input.Place, "place"),
            [.. attendees.Select((a, i) => Text.Required(a, $"attendees[{i}]"))],
            Text.Required(input.Minutes, "minutes", Text.LongMax),
            [.. commitments.Select((c, i) => c is null
                ? throw SupervisionException.Invalid("input.required", $"'commitments[{i}]' must be a commitment, not null.", $"commitments[{i}]")
                : c.Due <= input.HeldOn
                    ? throw SupervisionException.Invalid("interview.commitment_due", $"'commitments[{i}].due' must be after the interview's day {input.HeldOn:yyyy-MM-dd}.", $"commitments[{i}].due")
                    : new Commitment(i + 1, Text.Required(c.Text, $"commitments[{i}].text", Text.LongMax), c.Due, dueTimes.EndOfDay(c.Due, cutoff)))]);
    }
}
