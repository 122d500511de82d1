using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>Findings and major issues share one set of severities; a word outside it is refused with each part's own code.</summary>
[Collection(HostCollection.Name)]
public sealed class SeverityRefusalTests(HostFixture host)
{
    [Fact]
    public async Task An_unknown_severity_is_refused_as_finding_severity_for_a_finding_and_major_issue_severity_for_a_major_issue()
    {
        var w = await WorldStates.CreateAsync(host, WorldState.CampaignOpen);
        var lead = $"/api/v1/assignments/{w.LeadAssignment}";
        Assert.Equal(200, (await w.LeadUser.PostAsync($"{lead}/acknowledge", new { responsible_name = "张三" })).Status);

        var (findingStatus, finding) = await host.Coordinator.PostAsync(
            $"/api/v1/campaigns/c-{w.Tag}/findings", new { assignment_id = w.LeadAssignment, severity = "grave", text = "台账不全", due = "2030-06-30" });
        var (issueStatus, issue) = await w.LeadUser.PostAsync($"{lead}/major-issues", new { severity = "grave", summary = "资金缺口", needs = "请财政厅协调" });

        Assert.Equal((400, "finding.severity", "severity"), (findingStatus, finding.Str("code"), finding.Str("field")));
        Assert.Equal((400, "major_issue.severity", "severity"), (issueStatus, issue.Str("code"), issue.Str("field")));
        Assert.Contains("general, serious, critical", finding.Str("detail"), StringComparison.Ordinal);
    }
}
