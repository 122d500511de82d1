using Supervision.Engine.Assignments;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Notices;

/// <summary>
/// One notice an event asks for: the payload of a <c>notice.send</c> reaction, written with the event. Addresses are
/// looked up when it is sent (a contact corrected meanwhile is used); the responsible person is the one named then.
/// </summary>
/// <param name="Notify">Recipient words (<see cref="Recipients"/>).</param>
/// <param name="DueAt">The obligation's due instant (UTC), shown in the office's zone and in working days.</param>
/// <param name="LateAgencyId">For a chain notice: the late sub-assignment's agency, when the notice goes to another agency.</param>
/// <param name="Detail">The note, reason or outcome the notice carries (a return's reason, a step's reason by hand).</param>
public sealed record NoticeRequest(
    string Kind,
    string AssignmentId,
    string ItemId,
    string PlanId,
    string ItemRef,
    string ItemTitle,
    string AgencyId,
    AssignmentRole Role,
    IReadOnlyList<string> Notify,
    Responsible? Responsible,
    DateTimeOffset? DueAt,
    string? Step = null,
    string? Colour = null,
    string? Obligation = null,
    string? Detail = null,
    int? Report = null,
    string? Period = null,
    bool AckLink = false,
    string? LateAgencyId = null);
