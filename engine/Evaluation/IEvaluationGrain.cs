namespace Supervision.Engine.Evaluation;

/// <summary>An evaluation (考核评价), keyed by its id: live until frozen, then fixed as stored in its stream.</summary>
public interface IEvaluationGrain : IGrainWithStringKey
{
    /// <summary>A coordinator sets the evaluation up; the scheme's version is fixed now.</summary>
    Task<EvaluationView> OpenAsync(EvaluationSpec spec, Trail.Actor actor, string? correlationId);

    /// <summary>The result: the frozen one, or computed as of <paramref name="asOf"/> (now when null); null when there is no such evaluation.</summary>
    Task<EvaluationView?> GetAsync(Trail.Actor actor, DateTimeOffset? asOf = null);

    /// <summary>A coordinator freezes the result as of <paramref name="asOf"/> (now when null); it is stored as events and no later event changes it.</summary>
    Task<EvaluationView> FreezeAsync(DateTimeOffset? asOf, Trail.Actor actor, string? correlationId);
}
