using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices;

/// <summary>Which notices an assignment's event causes: one <c>notice.send</c> reaction each, never settled (mail never delays a command).</summary>
public static class NoticeRules
{
    public const string Kind = "notice.send";

    public static IEnumerable<Reaction> For(AssignmentState before, AssignmentState after, RecordedEvent recorded)
    {
        if (after.Opening is not { } o)
        {
            yield break;
        }

        var id = AssignmentIds.For(o.ItemId, o.AgencyId);
        NoticeRequest Notice(string kind, IReadOnlyList<string> notify, DateTimeOffset? due = null) =>
            new(kind, id, o.ItemId, o.PlanId, o.ItemRef, o.ItemTitle, o.AgencyId, o.Role, notify, after.Responsible, due ?? after.DueAt);

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
            ExtensionApproved e => Notice(NoticeKinds.ExtensionDecided, [Recipients.Responsible, Recipients.Liaison], e.DueAt) with
            {
                Step = "extension_approved", Obligation = e.Obligation, Detail = e.Note,
            },
            ExtensionRejected e => Notice(NoticeKinds.ExtensionDecided, [Recipients.Responsible, Recipients.Liaison]) with
            {
                Step = "extension_rejected", Obligation = e.Obligation, Detail = e.Reason,
            },
            // Steps processed late in one append (after downtime): only the highest is worth a notice.
            EscalationReached e when after.LastEscalation is { } last && last != e && last.Obligation == e.Obligation && last.Period == e.Period && last.Rung > e.Rung => null,
            EscalationReached e => Notice(NoticeKinds.ForStep(e.Step), e.Notify, DueOf(after, e)) with
            {
                Step = e.Step, Colour = e.Colour, Obligation = e.Obligation, Detail = e.Reason, Period = e.Period,
            },
            MajorIssues.Events.MajorIssueRaised e => Notice(NoticeKinds.MajorIssue, [Recipients.Office]) with
            {
                Step = e.Severity, Report = e.Number, Detail = $"{e.Summary}\n{e.Needs}",
            },
            _ => null,
        };
        if (notice is not null)
        {
            yield return Reaction.Of(Kind, id, notice, settle: false);
        }
    }

    // A periodic report's or a commitment's own due time; otherwise the assignment's current one.
    private static DateTimeOffset? DueOf(AssignmentState after, EscalationReached e) =>
        e.Period is null
            ? after.DueAt
            : after.OwedReports.Concat(after.OwedCommitments).FirstOrDefault(o => o.Period == e.Period)?.DueAt ?? after.DueAt;
}
