using Supervision.Host.Tests.Fixture;
using Supervision.Host.Tests.Notices;

namespace Supervision.Host.Tests.Targets;

[Collection(MailHostCollection.Name)]
public sealed class MajorIssueMailTests(MailHostFixture host)
{
    [Fact]
    public async Task A_major_issue_reaches_the_office_by_mail_at_once_and_the_office_closes_it_with_the_outcome()
    {
        var w = await ApiWorld.CreateAsync(host);
        var asg = $"/api/v1/assignments/{w.LeadAssignment}";
        Assert.Equal(200, (await w.LeadUser.PostAsync($"{asg}/acknowledge", new { responsible_name = "张三" })).Status);

        var (raised, issue) = await w.LeadUser.PostAsync($"{asg}/major-issues", new { severity = "critical", summary = $"园区企业用工缺口 {w.Tag}", needs = "请求协调财政厅拨付以工代赈资金" });

        Assert.True(raised == 201, issue.ToString());
        var mail = await MailAboutAsync(w.Tag);
        Assert.Equal($"【重大问题】自治区人力资源和社会保障厅：二(一) 实施产业发展带动就业行动（严重）", mail.Subject);
        Assert.Contains("请求协调财政厅拨付以工代赈资金", mail.TextBody, StringComparison.Ordinal);
        var (_, open) = await host.Coordinator.GetJsonAsync($"/api/v1/major-issues?plan_id={w.PlanId}");
        Assert.Equal("critical", Assert.Single(open.EnumerateArray()).Str("severity"));
        Assert.Equal(403, (await w.LeadUser.PostAsync($"{asg}/major-issues/1/close", new { outcome = "自行销号" })).Status);

        var (closed, after) = await host.Coordinator.PostAsync($"{asg}/major-issues/1/close", new { outcome = "已协调拨付资金500万元" });

        Assert.True(closed == 200, after.ToString());
        Assert.Equal("已协调拨付资金500万元", after.Str("outcome"));
        Assert.Equal(0, (await host.Coordinator.GetJsonAsync($"/api/v1/major-issues?plan_id={w.PlanId}")).Body.GetArrayLength());
        var (_, all) = await w.LeadUser.GetJsonAsync($"/api/v1/major-issues?plan_id={w.PlanId}&status=all");
        Assert.False(Assert.Single(all.EnumerateArray()).GetProperty("open").GetBoolean());
        var (_, trail) = await host.Inspector.GetJsonAsync($"/api/v1/items/{w.ItemId}/trail");
        var types = trail.EnumerateArray().Select(e => e.Str("type")).ToList();
        Assert.Contains("MajorIssueRaised", types);
        Assert.Contains("MajorIssueClosed", types);
    }

    private async Task<MimeKit.MimeMessage> MailAboutAsync(string tag)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            var found = (await host.MailToAsync("office@office.example.org", 1, 1)).FirstOrDefault(m => m.TextBody?.Contains(tag, StringComparison.Ordinal) == true);
            if (found is not null)
            {
                return found;
            }
        }

        throw new Xunit.Sdk.XunitException("No major-issue notice reached the office.");
    }
}
