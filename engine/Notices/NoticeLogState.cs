using System.Collections.Immutable;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices;

/// <summary>The notices of one stream that the server has taken.</summary>
[GenerateSerializer]
public sealed class NoticeLogState : TrailState
{
    [Id(0)] [Immutable] public ImmutableHashSet<string> Sent { get; set; } = [];

    protected override void When(TrailEntry entry)
    {
        if (entry.Event is NoticeSent sent)
        {
            Sent = Sent.Add(sent.NoticeId);
        }
    }
}
