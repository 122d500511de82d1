using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Cascade;
using Supervision.Engine.ChainEscalation.Events;
using Supervision.Engine.Notices;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.ChainEscalation;

/// <summary>
/// Escalation along the chain (see <see cref="ChainSteps"/>): remembers how far up each late obligation was told, keeps
/// <c>chain_told</c>, and sends the notices to the agencies above and, at the top, to the office.
/// </summary>
public sealed class ChainPart : IAssignmentPart
{
    public void When(AssignmentState state, TrailEntry entry)
    {
        // A level told belongs to a ladder climbed: an obligation met, or its ladder started again (an extension), starts over.
        var levels = state.Slice<ChainSlice>().Levels;
        var kept = levels.RemoveRange(levels.Keys.Where(k => !state.Ladder.ContainsKey(k)));
        kept = entry.Event switch
        {
            EscalationReached e when e.Notify.Contains(ChainSteps.Parent) && !kept.ContainsKey(AssignmentState.KeyOf(e.Obligation, e.Period)) =>
                kept.SetItem(AssignmentState.KeyOf(e.Obligation, e.Period), 0),
            EscalationPassedUp e => kept.SetItem(AssignmentState.KeyOf(e.Obligation, e.Period), e.Level),
            _ => kept,
        };
        if (kept != levels)
        {
            state.SetSlice(state.Slice<ChainSlice>() with { Levels = kept });
        }
    }

    public IEnumerable<ProjectionWrite> Project(string assignmentId, AssignmentState before, AssignmentState after, IReadOnlyList<RecordedEvent> recorded)
    {
        foreach (var r in recorded)
        {
            switch (r.Event)
            {
                case EscalationReached e when e.Notify.Contains(ChainSteps.Parent) && CascadePart.Link(after) is { } link:
                    yield return ChainRows.Told(assignmentId, after, AssignmentState.KeyOf(e.Obligation, e.Period), 0, link.Chain[0], e.Step, e.DueAt);
                    break;
                case EscalationPassedUp e:
                    yield return ChainRows.Told(assignmentId, after, AssignmentState.KeyOf(e.Obligation, e.Period), e.Level, e.Told, e.Step, e.DueAt);
                    break;
            }
        }
    }

    public IEnumerable<Reaction> React(AssignmentState before, AssignmentState after, RecordedEvent recorded)
    {
        if (CascadePart.Link(after) is not { } link)
        {
            return [];
        }

        // The parent hears of every step, but of several processed in one append (after downtime) only the highest; each
        // level above is another agency, so each hears once.
        NoticeRequest? notice = recorded.Event switch
        {
            EscalationReached e when e.Notify.Contains(ChainSteps.Parent)
                && !(after.LastEscalation is { } last && last != e && last.Obligation == e.Obligation && last.Period == e.Period && last.Rung > e.Rung) =>
                Told(after, link.Chain[0], e.Obligation, e.Period, e.Step) with { Colour = e.Colour },
            EscalationPassedUp e => Told(after, e.AgencyId, e.Obligation, e.Period, e.Step),
            _ => null,
        };
        // Its own target: the step's notice to the child's people is a reaction of the same event on the assignment's.
        return notice is null ? [] : [Reaction.Of(NoticeRules.Kind, $"{notice.AssignmentId}>{(recorded.Event is EscalationPassedUp { AgencyId: null } ? EscalationPassedUp.Office : notice.AgencyId)}", notice, settle: false)];
    }

    // The agency above is told through its liaison and head; the office through its own addresses.
    private static NoticeRequest Told(AssignmentState after, string? agencyId, string obligation, string? period, string step) =>
        NoticeRules.Notice(after, NoticeKinds.ChainEscalation, agencyId is null ? [Recipients.Office] : [Recipients.Liaison, Recipients.AgencyHead],
            NoticeRules.DueOf(after, period)) with
        {
            AgencyId = agencyId ?? after.Opening!.AgencyId, LateAgencyId = after.Opening!.AgencyId, Step = step, Obligation = obligation, Period = period,
        };
}
