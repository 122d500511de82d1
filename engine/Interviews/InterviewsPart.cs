using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Obligations;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Interviews;

/// <summary>
/// Accountability interviews (约谈) and the rectification commitments made there: each commitment is an obligation of the
/// agency (kind <c>rectify</c>) with its own ladder, until fulfilled or the assignment closes.
/// </summary>
public sealed class InterviewsPart : IAssignmentPart
{
    /// <summary>A rectification commitment, keyed <c>rectify:1.2</c> (interview 1, commitment 2): owed from the interview, met when fulfilled.</summary>
    public static readonly ObligationKind Kind = new(
        "rectify", new("整改承诺", "rectification commitment"), new("兑现整改承诺", "fulfil the commitment"), e => e is CommitmentFulfilled);

    public IReadOnlyList<ObligationKind> Kinds => [Kind];

    public static IReadOnlyList<Interview> Of(AssignmentState state) => state.Slice<InterviewsSlice>().Interviews;

    /// <summary>The rectification commitments not fulfilled yet, each an obligation of the agency.</summary>
    public static IEnumerable<Obligation> Commitments(AssignmentState state) =>
        Of(state).SelectMany(i => i.Commitments
            .Where(c => !i.Fulfilled.Contains(c.Number))
            .Select(c => Kind.Owed(state.Opening!.AgencyId, c.DueAt, i.RecordedAt, $"{i.Number}.{c.Number}")));

    public void When(AssignmentState state, TrailEntry entry)
    {
        var interviews = state.Slice<InterviewsSlice>().Interviews;
        switch (entry.Event)
        {
            case InterviewRecorded e:
                state.SetSlice(new InterviewsSlice
                {
                    Interviews = interviews.Add(new Interview(e.Number, e.HeldOn, e.Place, e.Attendees, e.Minutes, e.Commitments, [], entry.At)),
                });
                break;
            case CommitmentFulfilled e:
                state.SetSlice(new InterviewsSlice
                {
                    Interviews = interviews.SetItem(e.Interview - 1, interviews[e.Interview - 1] with { Fulfilled = [.. interviews[e.Interview - 1].Fulfilled, e.Number] }),
                });
                break;
        }
    }

    // A closed assignment owes nothing more: its commitments close with it.
    public void Moved(AssignmentState state)
    {
        var interviews = state.Slice<InterviewsSlice>().Interviews;
        if (!AssignmentCycle.IsOpen(state.Status) && !interviews.IsEmpty)
        {
            state.SetSlice(new InterviewsSlice { Interviews = [.. interviews.Select(i => i with { Fulfilled = [.. i.Commitments.Select(c => c.Number)] })] });
        }
    }

    public IEnumerable<Obligation> Owed(AssignmentState state) => Commitments(state);
}
