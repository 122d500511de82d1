using System.Collections.Immutable;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>
/// One assignment rebuilt from its stream. Status changes only through the cycle machine: replaying an event
/// fires its trigger, so the transition rules live in one place (the machine in <c>workflows/</c>).
/// </summary>
[GenerateSerializer]
public sealed class AssignmentState : TrailState
{
    [Id(0)] public AssignmentOpening? Opening { get; set; }
    [Id(1)] public AssignmentStatus Status { get; set; }
    [Id(2)] public Responsible? Responsible { get; set; }
    [Id(3)] public string? DisputeReason { get; set; }
    // Immutable and replaced on change: the state is copied on every command, the reports need not be.
    [Id(4)] [Immutable] public ImmutableList<Report> Reports { get; set; } = [];
    [Id(5)] public string? Contribution { get; set; }
    [Id(6)] public string? Evidence { get; set; }
    [Id(7)] public string? ReturnReason { get; set; }
    [Id(8)] public DateTimeOffset? ReviewBy { get; set; }
    [Id(9)] public DateTimeOffset? ReworkBy { get; set; }
    [Id(10)] public string? ClosingNote { get; set; }
    [Id(11)] public string? ReassignedTo { get; set; }

    /// <summary>Reports waiting for review, kept as a count so no command walks the whole history.</summary>
    [Id(12)] public int PendingReports { get; set; }

    public bool HasPendingReport => PendingReports > 0;

    /// <summary>When the status last changed: the current status obligation is owed since then.</summary>
    [Id(13)] public DateTimeOffset? StatusSinceAt { get; set; }

    /// <summary>The highest ladder rung reached, per open obligation key; a key leaves when its obligation closes.</summary>
    [Id(14)] [Immutable] public ImmutableDictionary<string, int> Ladder { get; set; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The last escalation step reached (by the clock or by hand) while the assignment was open.</summary>
    [Id(15)] public EscalationReached? LastEscalation { get; set; }

    /// <summary>The periodic reports owed and not yet submitted, oldest first.</summary>
    [Id(16)] [Immutable] public ImmutableList<Obligations.Obligation> OwedReports { get; set; } = [];

    /// <summary>The due time an approved extension gave the current status's obligation; gone when the status changes.</summary>
    [Id(18)] public DateTimeOffset? ExtendedDueAt { get; set; }

    /// <summary>
    /// Each part's slice (<see cref="Parts.IAssignmentPart"/>), by its type's name. A slice is an immutable record replaced on
    /// change: the state is copied on every command and rebuilt from events (never stored), so a dictionary of immutable
    /// records keeps both simple, and a new part adds its slice without a member here.
    /// </summary>
    [Id(50)] [Immutable] public ImmutableDictionary<string, object> Slices { get; set; } = ImmutableDictionary<string, object>.Empty;

    /// <summary>The slice of part <typeparamref name="T"/>, empty until its first event.</summary>
    public T Slice<T>() where T : class, new() => Slices.TryGetValue(typeof(T).FullName!, out var slice) ? (T)slice : new T();

    /// <summary>Replaces the slice of part <typeparamref name="T"/>.</summary>
    public void SetSlice<T>(T slice) where T : class => Slices = Slices.SetItem(typeof(T).FullName!, slice);

    /// <summary>The rung reached on the open obligation <paramref name="key"/>, or -1 when none.</summary>
    public int RungReached(string key) => Ladder.TryGetValue(key, out var rung) ? rung : -1;

    /// <summary>The machine over this state, with the facts the caller established for its guards.</summary>
    public AssignmentCycle Cycle(bool cooperatorsSettled) =>
        new(() => Status, s => Status = s, new CycleFacts(Opening!.Role, cooperatorsSettled, HasPendingReport));

    protected override void When(TrailEntry entry)
    {
        if (entry.Event is AssignmentOpened opened)
        {
            (Opening, Status, StatusSinceAt) = (opened.Opening, AssignmentStatus.Dispatched, entry.At);
            return;
        }

        if (entry.Event is ICycleEvent cycleEvent)
        {
            // The event happened, so its guards held then: replay with facts that let it through.
            var was = Status;
            new AssignmentCycle(() => Status, s => Status = s, new CycleFacts(Opening!.Role, true, true)).Fire(cycleEvent.Trigger);
            if (Status != was)
            {
                // A new status owes something new: its ladder starts again; the periods' reports keep theirs.
                (StatusSinceAt, ExtendedDueAt) = (entry.At, null);
                // A status obligation's key is its kind; reports and commitments (keys with a ':') keep their ladders.
                Ladder = Ladder.RemoveRange(Ladder.Keys.Where(k => !k.Contains(':', StringComparison.Ordinal)));
                if (!AssignmentCycle.IsOpen(Status))
                {
                    // A closed assignment owes nothing more: its reports and commitments close with it.
                    (Ladder, OwedReports, LastEscalation) = (Ladder.Clear(), [], null);
                }

                foreach (var part in Parts.AssignmentParts.All)
                {
                    part.Moved(this);
                }
            }
        }

        switch (entry.Event)
        {
            case AssignmentAcknowledged e:
                Responsible = e.Responsible;
                DisputeReason = null;
                break;
            case AssignmentDisputed e:
                DisputeReason = e.Reason;
                break;
            case ReportSubmitted e:
                Reports = Reports.Add(new Report(e.Number, e.Narrative, e.Indicators, entry.At, entry.Actor.UserId, ReportStatus.Pending, null, e.Period));
                PendingReports++;
                OwedReports = OwedReports.RemoveAll(o => o.Period == e.Period);
                break;
            case ReportsScheduled e:
                OwedReports = [.. e.Periods.Select(p => Obligations.ObligationKinds.Report.Owed(Opening!.AgencyId, p.DueAt, entry.At, p.Name))];
                break;
            case ReportAccepted e:
                SetReport(e.Number, ReportStatus.Accepted, e.Note);
                break;
            case ReportReturned e:
                SetReport(e.Number, ReportStatus.Returned, e.Reason);
                break;
            case ContributionSubmitted e:
                Contribution = e.Text;
                break;
            case CompletionSubmitted e:
                // The completion covers whatever periods were left to report.
                (Evidence, ReviewBy, ReworkBy, OwedReports) = (e.Evidence, e.ReviewBy, null, []);
                break;
            case CompletionReturned e:
                (ReturnReason, ReworkBy, ReviewBy) = (e.Reason, e.ReworkBy, null);
                break;
            case CompletionApproved e:
                (ClosingNote, ReviewBy) = (e.Note, null);
                break;
            case AssignmentWaived e:
                ClosingNote = e.Reason;
                break;
            case AssignmentWithdrawn e:
                ClosingNote = e.Reason;
                break;
            case DisputeRejected e:
                ClosingNote = e.Note;
                break;
            case DisputeUpheldWithdrawn e:
                ClosingNote = e.Note;
                break;
            case DisputeUpheldReassigned e:
                (ClosingNote, ReassignedTo) = (e.Note, e.NewAssignmentId);
                break;
            case EscalationReached e:
                Ladder = Ladder.SetItem(KeyOf(e.Obligation, e.Period), e.Rung);
                LastEscalation = e;
                break;
        }

        foreach (var part in Parts.AssignmentParts.All)
        {
            part.When(this, entry);
        }
    }

    /// <summary>
    /// The key of an obligation named by an escalation's kind and period: the kind alone for a status's obligation, else
    /// <c>kind:period</c> (<c>report:2022-10</c>, <c>rectify:1.2</c>, <c>finding:2</c>).
    /// </summary>
    public static string KeyOf(string obligation, string? period) =>
        Obligations.ObligationKinds.Find(obligation)?.KeyOf(period) ?? (period is null ? obligation : $"{obligation}:{period}");

    /// <summary>When the current status's obligation falls due: as an approved extension moved it, else as the status says.</summary>
    public DateTimeOffset? DueAt => ExtendedDueAt ?? Obligations.StatusObligations.Of(this)?.DueAt;

    private void SetReport(int number, ReportStatus status, string? note)
    {
        // Reports are numbered from 1 in order, so report n sits at index n − 1.
        var i = number - 1;
        Reports = Reports.SetItem(i, Reports[i] with { Status = status, ReviewNote = note });
        PendingReports--;
    }
}
