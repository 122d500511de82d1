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
        // The two stand-ins give way to attainment against pace and major issues when those are kept (see IScoreSource).
        services.TryAddSingleton<CompletionPaceSource>();
        services.TryAddSingleton<MajorIssueStandIn>();
        services.TryAddSingleton<PracticeSource>();
        services.TryAddSingleton(sp => new ScoreFacts(sp.GetRequiredService<Trail.ITables>(), [
            sp.GetRequiredService<CycleSource>(), sp.GetRequiredService<CompletionPaceSource>(), sp.GetRequiredService<MajorIssueStandIn>(),
            sp.GetRequiredService<PracticeSource>()]));
        services.TryAddSingleton<EvaluationScoring>();
        return services;
    }
}
