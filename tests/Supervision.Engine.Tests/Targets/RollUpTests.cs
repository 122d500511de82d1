using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Targets;

namespace Supervision.Engine.Tests.Targets;

[Collection(TargetsCollection.Name)]
public sealed class RollUpTests(TargetsFixture fixture)
{
    private ProgressQuery Query => fixture.SiloService<ProgressQuery>();

    [Fact]
    public async Task The_seed_targets_roll_up_across_agencies_against_the_pace_of_the_plan_year()
    {
        var year = fixture.ClaimYear();
        var w = await new SeedWorld(fixture.Grains, year).CreateAsync();
        TargetsFixture.At(Day(year, 4, 30));
        await w.ReportAsync(w.A, ("城镇新增就业", 120000), ("城镇调查失业率", 5.4m), ("新增创业", 9000));
        await w.ReportAsync(w.B, ("城镇新增就业", 40000), ("就业岗位", 5000));
        TargetsFixture.At(Day(year, 6, 15));
        await w.ReportAsync(w.A, ("城镇新增就业", 200000), ("城镇调查失业率", 5.9m), ("新增创业", 15000));
        TargetsFixture.At(Day(year, 6, 20));
        await w.ReportAsync(w.B, ("城镇新增就业", 60000), ("就业岗位", 9000));
        TargetsFixture.At(Day(year, 7, 10));
        await w.ReportAsync(w.A, ("城镇新增就业", 250000));

        var june = await Query.ProgressAsync(w.PlanId, Day(year, 6, 30, 0), SeedWorld.Inspector, default);

        // 30 June 00:00 in Beijing: the days before it have passed (180 of 2022's 365).
        var share = Math.Round((decimal)(new DateOnly(year, 6, 30).DayOfYear - 1) / (DateTime.IsLeapYear(year) ? 366 : 365), 4);
        Assert.Equal(share, june.ElapsedShare);
        var byName = june.Targets.ToDictionary(t => t.Name);
        Assert.Equal(["城镇新增就业", "城镇调查失业率", "新增创业", "就业岗位"], june.Targets.Select(t => t.Name));
        var jobs = byName["城镇新增就业"];
        Assert.Equal((260000m, Math.Round(460000 * share, 2), "sum", "green"), (jobs.Actual, jobs.Expected, jobs.Aggregation, jobs.Colour));
        Assert.Equal([(w.A, 200000m), (w.B, 60000m)], jobs.Agencies.Select(a => (a.AgencyId, a.Value)).OrderBy(a => a.AgencyId == w.B));
        var rate = byName["城镇调查失业率"];
        Assert.Equal((5.9m, 5.5m, "latest", "yellow"), (rate.Actual, rate.Expected, rate.Aggregation, rate.Colour));
        var startups = byName["新增创业"];
        Assert.Equal((15000m, Math.Round(40000 * share, 2), "red"), (startups.Actual, startups.Expected, startups.Colour));
        var posts = byName["就业岗位"];
        Assert.Equal((w.ItemIds[1], 9000m, Math.Round(20000 * share, 2), "yellow"), (posts.ItemId, posts.Actual, posts.Expected, posts.Colour));

        var now = await Query.ProgressAsync(w.PlanId, null, SeedWorld.Inspector, default);
        Assert.Equal(310000m, now.Targets.Single(t => t.Name == "城镇新增就业").Actual);
    }

    [Fact]
    public async Task An_agency_user_sees_its_own_figures_only()
    {
        var year = fixture.ClaimYear();
        var w = await new SeedWorld(fixture.Grains, year).CreateAsync();
        TargetsFixture.At(Day(year, 3, 5));
        await w.ReportAsync(w.A, ("城镇新增就业", 70000));
        await w.ReportAsync(w.B, ("城镇新增就业", 30000));

        var own = await Query.ProgressAsync(w.PlanId, null, SeedWorld.UserOf(w.A), default);

        var jobs = own.Targets.Single(t => t.Name == "城镇新增就业");
        Assert.Equal(70000m, jobs.Actual);
        Assert.Equal([w.A], jobs.Agencies.Select(a => a.AgencyId));
        Assert.DoesNotContain(own.Targets, t => t.Name == "就业岗位");
    }

    public static DateTimeOffset Day(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TargetsFixture.Beijing);
}
