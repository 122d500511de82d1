using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime;

namespace Supervision.Engine.Reactions;

/// <summary>Registers the runner, the dispatcher and the handlers; a new kind of consequence adds its handler here.</summary>
public static class ReactionSetup
{
    public static IServiceCollection AddReactions(this IServiceCollection services, ReactionOptions? options = null)
    {
        services.TryAddSingleton(options ?? new ReactionOptions());
        services.TryAddSingleton<ReactionLag>();
        services.TryAddSingleton<ReactionRunner>();
        services.TryAddSingleton<ReactionQuery>();
        services.TryAddSingleton<ReactionDispatcher>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ReactionDispatcher>());
        services.AddSingleton<IReactionHandler, Assignments.OpenAssignmentHandler>();
        services.AddSingleton<IReactionHandler, Items.DefineItemHandler>();
        services.AddSingleton<IReactionHandler, Items.AssignmentClosedHandler>();
        services.AddSingleton<IReactionHandler, Items.ReassignHandler>();
        services.AddSingleton<IReactionHandler, Deadlines.ScheduleDeadlineHandler>();
        services.AddSingleton<IReactionHandler, Notices.SendNoticeHandler>();
        services.AddSingleton<IReactionHandler, Notices.Digests.SendDigestHandler>();
        services.AddSingleton<IReactionHandler, Rounds.OpenRoundPeriodHandler>();
        services.AddSingleton<IReactionHandler, Cascade.OpenChildHandler>();
        services.AddSingleton<IReactionHandler, Cascade.ChildSettledHandler>();
        services.AddSingleton<IReactionHandler, Cascade.ParentClosedHandler>();
        services.AddSingleton<IReactionHandler, Cascade.HandOverChildHandler>();
        return services;
    }
}
