namespace Supervision.Engine.Evaluation;

/// <summary>An agency on the commendation (表扬) or circulation (通报) list, with its reasons.</summary>
[GenerateSerializer, Immutable]
public sealed record ListEntry(string AgencyId, int Rank, double Total, IReadOnlyList<ListReason> Reasons);

/// <summary>One reason, in both languages, citing the event it rests on when it rests on one (a model practice, a notice step).</summary>
[GenerateSerializer, Immutable]
public sealed record ListReason(string Zh, string En, EventRef? Event);
