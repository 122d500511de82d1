namespace Supervision.Engine.Evaluation;

/// <summary>Points lost on one criterion, and the event behind them: "−2: 催办 二(一) 2022-07-04, event assignment-…@7 (#1234)".</summary>
[GenerateSerializer, Immutable]
public sealed record ScoreLine(string Criterion, double Points, string? ItemRef, EventRef Event, string Zh, string En);
