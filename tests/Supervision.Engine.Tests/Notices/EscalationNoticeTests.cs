using MimeKit;
using Supervision.Engine.Agencies;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Notices;

/// <summary>A ladder step recorded on an assignment becomes its notice, addressed as the definition says.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EscalationNoticeTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task A_red_supervision_slip_goes_to_the_liaison_copying_the_head_and_the_office()
    {
        var itemId = await _world.ItemAsync(dispatch: false, withCooperator: false);
        await fixture.Grains.GetGrain<IAgencyGrain>(_world.Lead).SetContactsAsync(
            new Contact("李联络", null, $"liaison@{_world.Lead}.example.org"), new Contact("王厅长", null, $"head@{_world.Lead}.example.org"), _world.Coordinator, null);
        await _world.Item(itemId).DispatchAsync(null, _world.Coordinator, null);

        await _world.Assignment(itemId, _world.Lead).EscalateAsync("领导批示：重点督办", "supervise", "red", _world.Coordinator, null);

        var slip = await MailAsync(fixture.PickupDirectory, $"liaison@{_world.Lead}.example.org", "supervision_slip");
        Assert.Equal("【红色督办单】二(一) 实施产业发展带动就业行动", slip.Subject);
        Assert.Equal(["head@" + _world.Lead + ".example.org", "office@example.org"], slip.Cc.Mailboxes.Select(m => m.Address));
        Assert.Contains("督办理由：领导批示：重点督办", slip.TextBody, StringComparison.Ordinal);
        Assert.Contains("签收", slip.TextBody, StringComparison.Ordinal);
    }

    private static async Task<MimeMessage> MailAsync(string folder, string to, string kind)
    {
        for (var i = 0; i < 200; i++)
        {
            var found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f))
                    .FirstOrDefault(m => m.Headers["X-Supervision-Kind"] == kind && m.To.Mailboxes.Any(a => a.Address == to))
                : null;
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No {kind} notice to {to} in {folder}.");
    }
}
