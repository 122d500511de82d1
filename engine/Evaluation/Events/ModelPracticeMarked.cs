using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Events;

/// <summary>The office marked a progress report as a model practice (典型经验), to be fed back and publicised; commendations cite it.</summary>
/// <param name="Report">The report's number on the assignment.</param>
/// <param name="Excerpt">The start of the report's narrative, as it read when marked.</param>
[GenerateSerializer, Immutable]
public sealed record ModelPracticeMarked(int Report, string? Period, string AgencyId, string ItemRef, string Excerpt, string? Note) : IDomainEvent;
