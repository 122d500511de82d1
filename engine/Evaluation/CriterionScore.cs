namespace Supervision.Engine.Evaluation;

/// <summary>One criterion of an agency's score: its full marks (the weight; 0 for a deduction), the points it gives, and how they came.</summary>
/// <param name="Counted">For a rate: the obligations counted; for a deduction: the events deducted for.</param>
/// <param name="Missed">For a rate: those missed; for a deduction: the same as <paramref name="Counted"/>.</param>
/// <param name="NoteZh">What the reader must know of the criterion (nothing counted, a cap reached, a stand-in figure).</param>
[GenerateSerializer, Immutable]
public sealed record CriterionScore(string Key, string Name, double Max, double Points, int Counted, int Missed, string? NoteZh, string? NoteEn);
