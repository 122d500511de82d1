using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Engine.Campaigns;
using Supervision.Engine.Evaluation.Inputs;
using Supervision.Workflows.Scoring;

namespace Supervision.Engine.Evaluation;

/// <summary>Registers campaigns' and evaluations' queries, the scoring schemes and the score sources.</summary>
public static class EvaluationSetup
{
    public static IServiceCollection AddCampaignsAndEvaluation(this IServiceCollection services)
    {
        services.TryAddSingleton<CampaignQuery>();
        services.TryAddSingleton<EvaluationListQuery>();
        services.TryAddSingleton(_ => SchemeCatalog.FromDefault());
        services.TryAddSingleton<CycleSource>();
        services.TryAddSingleton<MajorIssueSource>();
        services.TryAddSingleton<PracticeSource>();
        // The cycle's source first: the others look up the assignments it has read.
        services.TryAddSingleton(sp => new ScoreFacts(sp.GetRequiredService<Trail.ITables>(), [
            sp.GetRequiredService<CycleSource>(), sp.GetRequiredService<MajorIssueSource>(), sp.GetRequiredService<PracticeSource>()]));
        services.TryAddSingleton<IAsyncScoreSource, AttainmentSource>();
        services.TryAddSingleton<EvaluationScope>();
        services.TryAddSingleton<EvaluationScoring>();
        return services;
    }
}
