using PlanPeriod = Supervision.Engine.Targets.PlanPeriod;
using Supervision.Engine.Plans.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans;

/// <summary>A plan's header, targets and the ids of its items, rebuilt from its stream.</summary>
[GenerateSerializer]
public sealed class PlanState : TrailState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public string? Issuer { get; set; }
    [Id(3)] public DateOnly? Issued { get; set; }
    [Id(4)] public List<Target> Targets { get; set; } = [];
    [Id(5)] public List<string> ItemIds { get; set; } = [];
    [Id(6)] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Which item each command added, so a retried command answers with the same item.</summary>
    [Id(7)] public Dictionary<string, string> ItemByCommand { get; set; } = [];

    /// <summary>The span the targets are for, when the office stated one.</summary>
    [Id(8)] public PlanPeriod? Period { get; set; }

    protected override void When(TrailEntry entry)
    {
        switch (entry.Event)
        {
            case PlanCreated e:
                (Exists, Title, Issuer, Issued, CreatedAt) = (true, e.Title, e.Issuer, e.Issued, entry.At);
                Targets = [.. e.Targets];
                break;
            case PlanTargetsSet e:
                (Targets, Period) = ([.. e.Targets], e.Period);
                break;
            case PlanItemAdded e:
                ItemIds.Add(e.ItemId);
                if (entry.CorrelationId is { } command)
                {
                    ItemByCommand[command] = e.ItemId;
                }

                break;
        }
    }
}
