using Supervision.Engine.Agencies.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies;

/// <summary>An agency's profile and contacts, rebuilt from its stream.</summary>
[GenerateSerializer]
public sealed class AgencyState : TrailState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string Kind { get; set; } = "";
    [Id(3)] public List<string> Aliases { get; set; } = [];
    [Id(4)] public bool IsGroup { get; set; }
    [Id(5)] public List<string> Members { get; set; } = [];
    [Id(6)] public Contact? Liaison { get; set; }
    [Id(7)] public Contact? Head { get; set; }
    [Id(8)] public string? ParentId { get; set; }

    protected override void When(TrailEntry entry)
    {
        switch (entry.Event)
        {
            case AgencyRegistered e:
                (Exists, Name, Kind, IsGroup) = (true, e.Name, e.Kind, e.IsGroup);
                Aliases = [.. e.Aliases];
                Members = [.. e.Members];
                break;
            case AgencyAliasesChanged e:
                Aliases = [.. e.Aliases];
                break;
            case AgencyContactsChanged e:
                (Liaison, Head) = (e.Liaison, e.Head);
                break;
            case AgencyParentChanged e:
                ParentId = e.ParentId;
                break;
            case AgencyRenamed e:
                Name = e.Name;
                break;
        }
    }
}
