using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.ChainEscalation;

/// <summary>
/// Escalation follows the chain (层层压实), on real SQLite and a loopback SMTP server: a county that never acknowledges is
/// reported to its prefecture first; left alone for the definition's parent_window, to the region; then to the office.
/// The host is stopped and started on a later day, and processes what fell due meanwhile, as it would after downtime.
/// </summary>
public sealed class ChainEscalationTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_late_county_is_told_to_its_prefecture_then_to_the_region_then_to_the_office_and_the_trail_names_each()
    {
        await using var smtp = new LoopbackSmtp();
        // Tuesday 1 November 2022: the county's acknowledgement is due Friday 4th, urged Monday 7th.
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 11, 1, 10, 0, 0, Beijing));
        await using var host = new OwnHost(null,
            "--Supervision:Smtp:Host", "127.0.0.1", "--Supervision:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture),
            "--Supervision:Smtp:From", "督查督办 <duban@office.example.org>", "--Supervision:Notices:Office", "督查室 <office@office.example.org>");
        await host.StartAsync(clock: clock);
        var county = await CascadedAsync(host);

        // Wednesday 9th: urged; the prefecture hears of it, nobody above it yet.
        await RestartAtAsync(host, clock, new DateTimeOffset(2022, 11, 9, 10, 0, 0, Beijing));
        var prefectureMail = await ChainMailAsync(smtp, "xj-6501@example.org");
        // Tuesday 15th: five working days after the urging, the region; Tuesday 22nd, five more, the office.
        await RestartAtAsync(host, clock, new DateTimeOffset(2022, 11, 15, 10, 0, 0, Beijing));
        var regionMail = await ChainMailAsync(smtp, "xj@example.org");
        var officeBefore = ChainMailTo(smtp, "office@office.example.org").Count;
        await RestartAtAsync(host, clock, new DateTimeOffset(2022, 11, 22, 10, 0, 0, Beijing));
        var officeMail = await ChainMailAsync(smtp, "office@office.example.org");
        using var coordinator = await host.UserAsync("coord2", "coordinator", null);
        // The whole log: an item's own export does not hold its sub-assignments yet.
        using var inspector = await host.UserAsync("inspector", "inspector", null);
        var export = JsonDocument.Parse(await inspector.GetStringAsync("/api/v1/trail/export")).RootElement;
        var countyEvents = export.GetProperty("events").EnumerateArray().Where(e => e.Str("stream_id") == $"assignment-{county}").ToList();
        using var prefectureUser = await host.UserAsync("u-6501b", "agency", "xj-6501");
        var inbox = await prefectureUser.GetStringAsync("/inbox");
        var dashboard = await coordinator.GetStringAsync("/dashboard");

        Assert.Contains("天山区人民政府", prefectureMail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("【下级任务逾期】", prefectureMail.Subject, StringComparison.Ordinal);
        Assert.Contains("催办", prefectureMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("天山区人民政府", regionMail.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, officeBefore);
        Assert.Contains("天山区人民政府", officeMail.TextBody, StringComparison.Ordinal);
        Assert.Contains(countyEvents, e => e.Str("type") == "EscalationReached" && e.GetProperty("payload").Str("step") == "urge"
            && e.GetProperty("payload").GetProperty("notify").EnumerateArray().Select(w => w.GetString()).Contains("parent")
            && !e.GetProperty("payload").GetProperty("notify").EnumerateArray().Select(w => w.GetString()).Contains("office"));
        Assert.Equal(
            [(1, "xj"), (2, (string?)null)],
            countyEvents.Where(e => e.Str("type") == "EscalationPassedUp")
                .Select(e => (e.GetProperty("payload").GetProperty("level").GetInt32(), e.GetProperty("payload").GetProperty("agency_id").GetString())));
        Assert.Contains("天山区人民政府", Section(inbox, "chain-told"), StringComparison.Ordinal);
        // The county's delay counts under its prefecture (the first level below the dispatched assignment), not the region.
        Assert.Contains("乌鲁木齐市人民政府", Section(dashboard, "chain-delays"), StringComparison.Ordinal);
        Assert.DoesNotContain("新疆维吾尔自治区人民政府", Section(dashboard, "chain-delays"), StringComparison.Ordinal);
        Assert.Contains("第 2 级", Section(dashboard, "chain-delays"), StringComparison.Ordinal);
    }

    // Region → 乌鲁木齐市 → 天山区, each with a liaison; the region and the prefecture acknowledge and cascade, the county never acts.
    private static async Task<string> CascadedAsync(OwnHost host)
    {
        using var coordinator = await host.UserAsync("coord", "coordinator", null);
        foreach (var (id, name, parent) in new[] { ("xj", "新疆维吾尔自治区人民政府", (string?)null), ("xj-6501", "乌鲁木齐市人民政府", "xj"), ("xj-650102", "天山区人民政府", "xj-6501") })
        {
            var (status, body) = await coordinator.PostAsync("/api/v1/agencies", new { id, name, liaison = new { name = "联络员", email = $"{id}@example.org" } });
            Assert.True(status == 201, body.ToString());
            if (parent is not null)
            {
                using var moved = await coordinator.PutAsJsonAsync($"/api/v1/agencies/{id}/parent", new { parent_id = parent });
                Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
            }
        }

        var (planStatus, plan) = await coordinator.PostAsync("/api/v1/plans", new
        {
            id = "p1", title = "2022年扩大就业惠民工程实施方案",
            items = new[] { new { @ref = "二(一)", title = "实施产业发展带动就业行动", due = "2023-06-30", lead = new[] { "xj" } } },
        });
        Assert.True(planStatus == 201, plan.ToString());
        Assert.Equal(200, (await coordinator.PostAsync("/api/v1/items/p1.1/dispatch")).Status);
        using var region = await host.UserAsync("u-xj", "agency", "xj");
        using var prefecture = await host.UserAsync("u-6501", "agency", "xj-6501");
        await AcknowledgeAndCascadeAsync(region, "p1.1~xj", "xj-6501");
        await AcknowledgeAndCascadeAsync(prefecture, "p1.1~xj-6501", "xj-650102");
        // The county's assignment opens by a reaction: it must open on the 1st, before the host stops.
        for (var attempt = 0; (await coordinator.GetJsonAsync("/api/v1/assignments/p1.1~xj-650102")).Status != 200; attempt++)
        {
            Assert.True(attempt < 100, "the county's assignment never opened");
            await Task.Delay(200);
        }

        return "p1.1~xj-650102";
    }

    private static async Task AcknowledgeAndCascadeAsync(HttpClient user, string assignment, string child)
    {
        var (acknowledged, ack) = await user.PostAsync($"/api/v1/assignments/{assignment}/acknowledge", new { responsible_name = "张三", phone = "0991-1234567", email = "zhang@example.org" });
        Assert.True(acknowledged == 200, ack.ToString());
        for (var attempt = 0; ; attempt++)
        {
            var (status, body) = await user.PostAsync($"/api/v1/assignments/{assignment}/cascade", new { children = new[] { new { agency_id = child, role = "lead", due = "2023-03-31" } } });
            if (status == 200 || attempt == 50)
            {
                Assert.True(status == 200, body.ToString());
                break;
            }

            // The assignment above opens this one by a reaction: wait for it.
            await Task.Delay(200);
        }
    }

    private static async Task RestartAtAsync(OwnHost host, FakeTimeProvider clock, DateTimeOffset at)
    {
        await host.StopAsync();
        clock.SetUtcNow(at);
        await host.StartAsync(clock: clock);
    }

    private static List<MimeMessage> ChainMailTo(LoopbackSmtp smtp, string address) =>
        [.. smtp.Messages.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Raw))))
            .Where(m => m.Subject?.StartsWith("【下级任务逾期】", StringComparison.Ordinal) == true)];

    private static async Task<MimeMessage> ChainMailAsync(LoopbackSmtp smtp, string address)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (ChainMailTo(smtp, address) is [var first, ..])
            {
                return first;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No chain notice reached {address}; mail so far: {string.Join(" | ", smtp.Messages.Select(m => string.Join(",", m.To)))}");
    }

    // The HTML from the element with this id to the end of its table or section.
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has no #{id}");
        return html[start..Math.Min(html.Length, start + 4000)];
    }
}
