using Orleans.Configuration;

namespace Supervision.Host.Cluster;

/// <summary>
/// How quickly the cluster declares a silent node dead, chosen rather than left to Orleans' defaults (see README, "Running a
/// cluster", for the measured figure). Each node probes its peers; a probe unanswered within the adaptive timeout (1–8 s,
/// starting at 2 s and following observed answer times, stretched when this node is itself slow) is missed; three missed
/// in a row make a vote; a vote needs company only when there are three or more nodes, and expires after 30 s.
/// A killed process refuses connections, so its probes fail at once: about 3–6 s from the kill to "dead".
/// </summary>
public static class MembershipTiming
{
    public static void Apply(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(2);
        o.MinProbeTimeout = TimeSpan.FromSeconds(1);
        o.MaxProbeTimeout = TimeSpan.FromSeconds(8);
        o.NumMissedProbesLimit = 3;
        // Of three nodes, the two survivors must agree; of two, the one survivor decides (Orleans asks for at most half the active nodes).
        o.NumVotesForDeathDeclaration = 2;
        // Long enough for a second voter's three probes at the slowest timeout (3 × 8 s) to join the first vote.
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
        // The table's heartbeat and refresh: what a node that missed the gossip (or starts) reads; cheap rows in PostgreSQL.
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        o.TableRefreshTimeout = TimeSpan.FromSeconds(10);
    }
}
