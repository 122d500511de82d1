using Orleans.Runtime;
using Supervision.Engine.Hosting;
using Supervision.Engine.Notices.Links;
using Supervision.Engine.Trail;

namespace Supervision.Host.Keys;

/// <summary>
/// At start, before the silo joins: the first node records the notice link key's fingerprint in <c>shared_keys</c>; every
/// later start compares its own with it, and a node holding another key is refused (a link it mailed would be refused by
/// the others, and theirs by it).
/// </summary>
public sealed class SharedKeyCheck(ITables tables, NoticeLinkKey key, string from, ILocalSiloDetails silo, TimeProvider clock, ILogger<SharedKeyCheck> log)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public const string NoticeLink = "notice-link";

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SharedKeyCheck), ServiceLifecycleStage.RuntimeServices, CheckAsync);

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var mine = NoticeLinkKeySource.Fingerprint(key);
        var (theirs, node, at) = await SharedKeyRows.RecordAsync(tables, NoticeLink, mine, silo.SiloAddress.ToString(), clock.GetUtcNow(), cancellationToken);
        if (theirs != mine)
        {
            throw new StartRefusedException(
                $"This node's notice link key (fingerprint {mine}, from {from}) is not the installation's (fingerprint {theirs}, recorded by node {node} at {at}): " +
                "give every node the same key — copy the first node's data/keys/notice-link-key, or set Supervision:Keys:NoticeLink or Supervision:Keys:NoticeLinkFile alike on all.");
        }

        log.LogInformation("Notice link key {Fingerprint} (from {From}) is the installation's", mine, from);
    }
}
