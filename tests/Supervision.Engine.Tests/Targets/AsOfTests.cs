using Supervision.Engine.Errors;
using Supervision.Engine.MajorIssues;
using Supervision.Engine.Targets;
using static Supervision.Engine.Tests.Targets.RollUpTests;

namespace Supervision.Engine.Tests.Targets;

[Collection(TargetsCollection.Name)]
public sealed class AsOfTests(TargetsFixture fixture)
{
    private ProgressQuery Query => fixture.SiloService<ProgressQuery>();

    [Fact]
    public async Task Figures_statuses_and_major_issues_are_what_the_log_held_at_each_instant()
    {
        var year = fixture.ClaimYear();
        var w = await new SeedWorld(fixture.Grains, year).CreateAsync();
        TargetsFixture.At(Day(year, 3, 1));
        await w.ReportAsync(w.A, ("城镇新增就业", 50000));
        TargetsFixture.At(Day(year, 3, 15));
        var issues = fixture.Grains.GetGrain<IAssignmentMajorIssues>(w.AssignmentOf(w.B));
        await issues.RaiseMajorIssueAsync(Severities.Critical, "景区用工缺口大", "请求协调人社厅组织专场招聘", SeedWorld.UserOf(w.B), null);
        TargetsFixture.At(Day(year, 5, 1));
        await w.ReportAsync(w.A, ("城镇新增就业", 150000));
        await issues.CloseMajorIssueAsync(1, "已组织专场招聘会3场", SeedWorld.Coordinator, null);
        TargetsFixture.At(Day(year, 5, 10));
        await w.Assignment(w.ItemIds[2], w.C).WithdrawAsync("调整分工", SeedWorld.Coordinator, null);

        var april = await Query.ProgressAsync(w.PlanId, Day(year, 4, 1, 0), SeedWorld.Inspector, default);
        var june = await Query.ProgressAsync(w.PlanId, Day(year, 6, 1, 0), SeedWorld.Inspector, default);

        Assert.Equal(50000m, april.Targets[0].Actual);
        Assert.Equal(new Dictionary<string, int> { ["in_progress"] = 3 }, april.Statuses);
        var open = Assert.Single(april.OpenMajorIssues);
        Assert.Equal((w.B, "critical", $"assignment-{w.AssignmentOf(w.B)}"), (open.AgencyId, open.Severity, open.Event!.StreamId));
        Assert.Equal(150000m, june.Targets[0].Actual);
        Assert.Equal(new Dictionary<string, int> { ["in_progress"] = 2, ["withdrawn"] = 1 }, june.Statuses);
        Assert.Empty(june.OpenMajorIssues);
        var refused = await Assert.ThrowsAsync<SupervisionException>(() => Query.ProgressAsync(w.PlanId, Day(year, 1, 1), SeedWorld.Inspector, default));
        Assert.Equal(FailureKind.NotFound, refused.Kind);
    }

    [Fact]
    public async Task Each_agencys_attainment_as_of_a_date_names_the_report_event_behind_it()
    {
        var year = fixture.ClaimYear();
        var w = await new SeedWorld(fixture.Grains, year).CreateAsync();
        TargetsFixture.At(Day(year, 2, 10));
        await w.ReportAsync(w.A, ("城镇新增就业", 30000));
        TargetsFixture.At(Day(year, 3, 10));
        await w.ReportAsync(w.A, ("城镇新增就业", 80000));
        var standing = fixture.SiloService<AgencyStandingQuery>();

        var rows = await standing.AttainmentAsync(w.PlanId, Day(year, 3, 1), SeedWorld.Coordinator);

        var jobs = rows.Where(r => r.TargetKey == "plan/0").ToDictionary(r => r.AgencyId);
        Assert.Equal([w.A, w.B, w.C], jobs.Keys.Order(StringComparer.Ordinal).OrderBy(k => k == w.A ? 0 : k == w.B ? 1 : 2));
        Assert.Equal(30000m, jobs[w.A].AgencyValue);
        Assert.Null(jobs[w.B].AgencyValue);
        var events = await fixture.Store.ReadStreamAsync(jobs[w.A].Event!.StreamId);
        var behind = events.Single(e => e.Version == jobs[w.A].Event!.Version);
        Assert.Equal("ReportSubmitted", behind.Type);
        Assert.Contains("30000", behind.Payload, StringComparison.Ordinal);
        Assert.Empty(await standing.OpenMajorIssuesAsync(w.PlanId, Day(year, 3, 1), SeedWorld.Coordinator));
    }
}
