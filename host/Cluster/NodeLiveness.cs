using Orleans.Runtime;

namespace Supervision.Host.Cluster;

/// <summary>
/// This node's name in the cluster (its silo address with the generation, so a restarted process is a new node) and
/// whether another node is still alive, as Orleans' membership sees it. Work claimed by a node that is no longer alive
/// may be taken over at once.
/// </summary>
public sealed class NodeLiveness(ILocalSiloDetails local, IClusterMembershipService membership)
{
    public string Self => local.SiloAddress.ToParsableString();

    public bool IsAlive(string? node)
    {
        if (string.IsNullOrEmpty(node))
        {
            return false;
        }

        if (node == Self)
        {
            return true;
        }

        try
        {
            return membership.CurrentSnapshot.GetSiloStatus(SiloAddress.FromParsableString(node)) is SiloStatus.Active or SiloStatus.Joining or SiloStatus.Created;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The silos the membership holds active now.</summary>
    public int ActiveNodes => membership.CurrentSnapshot.Members.Count(m => m.Value.Status == SiloStatus.Active);
}
