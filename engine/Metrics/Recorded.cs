using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Metrics;

/// <summary>What a committed append adds to the counters: its events, and among them escalations and notice outcomes.</summary>
public static class Recorded
{
    public static void Count(IReadOnlyList<TrailEntry> entries)
    {
        Telemetry.TrailAppends.Add(entries.Count);
        foreach (var entry in entries)
        {
            switch (entry.Event)
            {
                case EscalationReached e:
                    Telemetry.Escalations.Add(1, new KeyValuePair<string, object?>("step", e.Step));
                    break;
                case NoticeSent:
                    Notice("sent");
                    break;
                case NoticeFailed:
                    Notice("failed");
                    break;
                case NoticeUnaddressed:
                    Notice("unaddressed");
                    break;
            }
        }
    }

    private static void Notice(string outcome) => Telemetry.Notices.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
