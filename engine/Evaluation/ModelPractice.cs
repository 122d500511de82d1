namespace Supervision.Engine.Evaluation;

/// <summary>A report marked as a model practice (典型经验), with the event that marked it.</summary>
[GenerateSerializer, Immutable]
public sealed record ModelPractice(string AgencyId, string AssignmentId, string ItemRef, int Report, string? Period, string Excerpt, string? Note, EventRef Event);
