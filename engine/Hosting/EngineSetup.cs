using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Import.Drafts;
using Supervision.Engine.Items;
using Supervision.Engine.Notices;
using Supervision.Engine.Plans;
using Supervision.Engine.Reactions;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Definition;

namespace Supervision.Engine.Hosting;

/// <summary>Registers the engine in a silo: the trail store, the log-consistency provider, definitions and queries.</summary>
public static class EngineSetup
{
    public static ISiloBuilder AddSupervisionEngine(this ISiloBuilder silo, string databasePath) =>
        silo.AddSupervisionEngine(StoreSetup.Sqlite, databasePath);

    public static ISiloBuilder AddSupervisionEngine(this ISiloBuilder silo, string storeKind, string databasePath)
    {
        silo.AddCustomStorageBasedLogConsistencyProvider(TrailGrainDefaults.ProviderName);
        silo.Services.AddSupervisionServices(storeKind, databasePath);
        StoreInitializer.Register(silo.Services);
        return silo;
    }

    public static IServiceCollection AddSupervisionServices(this IServiceCollection services, string databasePath) =>
        services.AddSupervisionServices(StoreSetup.Sqlite, databasePath);

    public static IServiceCollection AddSupervisionServices(this IServiceCollection services, string storeKind, string databasePath)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(NodeRole.Alone);
        services.AddStore(storeKind, databasePath);
        services.TryAddSingleton(_ => DefinitionCatalog.FromDefault());
        services.AddBusinessCalendar();
        services.TryAddSingleton<UserStore>();
        services.TryAddSingleton<InboxQuery>();
        services.TryAddSingleton<AgencyListQuery>();
        services.TryAddSingleton<AgencyCountersQuery>();
        services.TryAddSingleton<AgencyReachQuery>();
        services.TryAddSingleton<AgencySubtreeQuery>();
        services.TryAddSingleton<Agencies.Import.AgencyRegistryImport>();
        services.TryAddSingleton<Obligations.OwedQuery>();
        services.TryAddSingleton<PlanListQuery>();
        services.TryAddSingleton<Batches.PlanDispatch>();
        services.TryAddSingleton<Batches.ReportAcceptance>();
        services.TryAddSingleton<ItemTrailQuery>();
        services.TryAddSingleton<TrailLogQuery>();
        services.TryAddSingleton<Trail.Story.StoryNamesQuery>();
        services.TryAddSingleton(new ImportDraftOptions());
        services.TryAddSingleton<ImportDrafts>();
        services.AddReactions();
        services.TryAddSingleton<DeadlineOptions>();
        services.TryAddSingleton<DeadlineQueue>();
        services.TryAddSingleton<IDeadlineTriggers>(sp => sp.GetRequiredService<DeadlineQueue>());
        services.TryAddSingleton<DeadlineSweep>();
        services.TryAddSingleton<RagQuery>();
        services.TryAddSingleton<ChainEscalation.ChainQuery>();
        services.TryAddSingleton<Targets.PlanReplay>();
        services.TryAddSingleton<Targets.ProgressQuery>();
        services.TryAddSingleton<Targets.AgencyStandingQuery>();
        services.TryAddSingleton<MajorIssues.MajorIssueQuery>();
        services.TryAddSingleton<Rounds.RoundQuery>();
        services.TryAddSingleton<Attachments.AttachmentQuery>();
        services.AddNotices();
        services.AddCampaignsAndEvaluation();
        return services;
    }
}
