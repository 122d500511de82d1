namespace Supervision.Engine.Evaluation;

/// <summary>Model practices (典型经验) on one assignment's reports (the assignment grain, keyed <c>item~agency</c>).</summary>
public interface IModelPracticeGrain : IGrainWithStringKey
{
    /// <summary>A coordinator marks report <paramref name="report"/> as a model practice; returns the numbers of the reports marked so far.</summary>
    Task<IReadOnlyList<int>> MarkModelPracticeAsync(int report, string? note, Trail.Actor actor, string? correlationId);
}
