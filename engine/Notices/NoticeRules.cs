using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices;

/// <summary>
/// Which notices an assignment's own events cause: one <c>notice.send</c> reaction each, never settled (mail never delays
/// a command). A part's events send theirs from its <see cref="Assignments.Parts.IAssignmentPart.React"/>, built with <see cref="Notice"/>.
/// </summary>
public static class NoticeRules
{
    public const string Kind = "notice.send";

    public static IEnumerable<Reaction> For(AssignmentState before, AssignmentState after, RecordedEvent recorded)
    {
        if (after.Opening is null)
        {
            yield break;
        }

        NoticeRequest Notice(string kind, IReadOnlyList<string> notify) => NoticeRules.Notice(after, kind, notify);

        NoticeRequest? notice = recorded.Event switch
        {
            AssignmentOpened => Notice(NoticeKinds.Dispatch, [Recipients.Liaison]) with { AckLink = true },
            AssignmentAcknowledged => Notice(NoticeKinds.Acknowledged, [Recipients.Responsible, Recipients.Liaison]),
            ReportAccepted e => Notice(NoticeKinds.ReportAccepted, [Recipients.Responsible]) with { Report = e.Number, Detail = e.Note },
            ReportReturned e => Notice(NoticeKinds.ReportReturned, [Recipients.Responsible]) with { Report = e.Number, Detail = e.Reason },
            CompletionApproved e => Notice(NoticeKinds.CompletionApproved, [Recipients.Responsible, Recipients.Liaison]) with { Detail = e.Note },
            CompletionReturned e => Notice(NoticeKinds.CompletionReturned, [Recipients.Responsible]) with { Detail = e.Reason },
            DisputeRejected e => Notice(NoticeKinds.DisputeDecided, [Recipients.Liaison]) with { Step = "rejected", Detail = e.Note },
            DisputeUpheldWithdrawn e => Notice(NoticeKinds.DisputeDecided, [Recipients.Liaison]) with { Step = "withdrawn", Detail = e.Note },
            DisputeUpheldReassigned e => Notice(NoticeKinds.DisputeDecided, [Recipients.Liaison]) with { Step = "reassigned", Detail = e.Note },
            // Steps processed late in one append (after downtime): only the highest is worth a notice.
            EscalationReached e when after.LastEscalation is { } last && last != e && last.Obligation == e.Obligation && last.Period == e.Period && last.Rung > e.Rung => null,
            // A late sub-assignment's agency above is told by the chain's own notice (ChainEscalation.ChainPart).
            EscalationReached e => NoticeRules.Notice(after, NoticeKinds.ForStep(e.Step), [.. e.Notify.Where(w => w != ChainEscalation.ChainSteps.Parent)], DueOf(after, e.Period)) with
            {
                Step = e.Step, Colour = e.Colour, Obligation = e.Obligation, Detail = e.Reason, Period = e.Period,
            },
            _ => null,
        };
        if (notice is not null)
        {
            yield return Send(notice);
        }
    }

    /// <summary>A notice about the assignment in <paramref name="after"/>, due at its current due time unless told.</summary>
    public static NoticeRequest Notice(AssignmentState after, string kind, IReadOnlyList<string> notify, DateTimeOffset? due = null)
    {
        var o = after.Opening!;
        return new(kind, AssignmentIds.For(o.ItemId, o.AgencyId), o.ItemId, o.PlanId, o.ItemRef, o.ItemTitle, o.AgencyId, o.Role, notify, after.Responsible, due ?? after.DueAt);
    }

    /// <summary>The reaction that sends <paramref name="notice"/>, never settled: mail never delays a command.</summary>
    public static Reaction Send(NoticeRequest notice) => Reaction.Of(Kind, notice.AssignmentId, notice, settle: false);

    /// <summary>A periodic report's or a commitment's own due time; otherwise the assignment's current one.</summary>
    public static DateTimeOffset? DueOf(AssignmentState after, string? period) =>
        period is null
            ? after.DueAt
            : after.OwedReports.Concat(Interviews.InterviewsPart.Commitments(after)).FirstOrDefault(o => o.Period == period)?.DueAt ?? after.DueAt;
}
