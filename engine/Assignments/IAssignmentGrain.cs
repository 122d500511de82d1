using Supervision.Engine.Attachments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments;

/// <summary>
/// One item × one agency: the accountable unit where the cycle runs. Every intent checks who is acting,
/// asks the cycle machine whether the move is allowed now, and records one event in the trail.
/// </summary>
public interface IAssignmentGrain : IGrainWithStringKey
{
    /// <summary>Opens the assignment (called by its item at dispatch). Opening again is a no-op.</summary>
    Task<AssignmentView> OpenAsync(AssignmentOpening opening, Actor actor, string? correlationId);

    /// <summary>The agency acknowledges (签收), naming who answers for the work.</summary>
    Task<AssignmentView> AcknowledgeAsync(Responsible responsible, Actor actor, string? correlationId);

    /// <summary>The agency says the work is not theirs, and why.</summary>
    Task<AssignmentView> DisputeAsync(string reason, Actor actor, string? correlationId);

    /// <summary>The coordinator settles a dispute: reject it, withdraw the assignment, or reassign it to another agency.</summary>
    Task<AssignmentView> ResolveDisputeAsync(DisputeOutcome outcome, string? toAgencyId, string? note, Actor actor, string? correlationId);

    /// <summary>
    /// The agency reports progress, optionally with indicator values, for <paramref name="period"/> (default: the oldest owed),
    /// and with the <paramref name="files"/> the host stored from this request's upload (recorded as uploaded to this assignment).
    /// </summary>
    Task<AssignmentView> SubmitReportAsync(
        string narrative, IReadOnlyList<Indicator> indicators, Actor actor, string? correlationId, string? period = null, IReadOnlyList<AttachedFile>? files = null);

    /// <summary>The coordinator accepts or returns report number <paramref name="number"/>.</summary>
    Task<AssignmentView> ReviewReportAsync(int number, bool accept, string? note, Actor actor, string? correlationId);

    /// <summary>A cooperating agency submits its contribution to the item, with the files the host stored from this request's upload.</summary>
    Task<AssignmentView> ContributeAsync(string text, Actor actor, string? correlationId, IReadOnlyList<AttachedFile>? files = null);

    /// <summary>The coordinator no longer expects a cooperating agency's contribution.</summary>
    Task<AssignmentView> WaiveAsync(string? reason, Actor actor, string? correlationId);

    /// <summary>
    /// The lead agency submits completion with its evidence and the files the host stored from this request's upload; every
    /// cooperator must have contributed or been waived.
    /// </summary>
    Task<AssignmentView> SubmitCompletionAsync(string evidence, Actor actor, string? correlationId, IReadOnlyList<AttachedFile>? files = null);

    /// <summary>The coordinator approves a completion, or returns it with a reason for rework.</summary>
    Task<AssignmentView> ReviewCompletionAsync(bool approve, string? reason, Actor actor, string? correlationId);

    /// <summary>The coordinator takes the assignment back.</summary>
    Task<AssignmentView> WithdrawAsync(string? reason, Actor actor, string? correlationId);

    /// <summary>
    /// The clock's turn: records every ladder rung of the open obligations that has fallen due by now and was not
    /// reached yet, in due order, each once. Returns how many; a repeat, a late call or a met obligation records none.
    /// </summary>
    Task<int> EscalateDueAsync();

    /// <summary>A coordinator climbs the ladder by hand with a reason: to the next rung, or to the named <paramref name="step"/>.</summary>
    Task<AssignmentView> EscalateAsync(string reason, string? step, string? colour, Actor actor, string? correlationId);

    /// <summary>The agency asks for a later due date (延期申请) on what it owes now, with a reason.</summary>
    Task<AssignmentView> RequestExtensionAsync(DateOnly date, string reason, Actor actor, string? correlationId);

    /// <summary>The coordinator approves (optionally with another date) or rejects (with a reason) the waiting extension request.</summary>
    Task<AssignmentView> DecideExtensionAsync(bool approve, DateOnly? date, string? note, Actor actor, string? correlationId);

    /// <summary>The coordinator records an accountability interview (约谈); its commitments become the agency's obligations.</summary>
    Task<AssignmentView> RecordInterviewAsync(InterviewInput input, Actor actor, string? correlationId);

    /// <summary>The agency reports commitment <paramref name="number"/> of interview <paramref name="interview"/> fulfilled, with evidence.</summary>
    Task<AssignmentView> FulfilCommitmentAsync(int interview, int number, string evidence, Actor actor, string? correlationId);

    /// <summary>One page of the reports, oldest first, or null when the assignment does not exist or is not theirs.</summary>
    Task<IReadOnlyList<Report>?> GetReportsAsync(int offset, int limit, Actor actor);

    /// <summary>The assignment as <paramref name="actor"/> may see it, or null when it does not exist or is not theirs.</summary>
    Task<AssignmentView?> GetAsync(Actor actor);
}
