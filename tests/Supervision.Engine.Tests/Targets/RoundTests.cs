using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Rounds;
using static Supervision.Engine.Tests.Targets.RollUpTests;

namespace Supervision.Engine.Tests.Targets;

[Collection(TargetsCollection.Name)]
public sealed class RoundTests(TargetsFixture fixture)
{
    [Fact]
    public async Task A_round_owes_a_report_of_every_open_assignment_and_lists_who_reported_who_is_late_and_what_changed()
    {
        var year = fixture.ClaimYear();
        var w = await new SeedWorld(fixture.Grains, year).CreateAsync();
        var rounds = fixture.Grains.GetGrain<IRoundGrain>(w.PlanId);
        var query = fixture.SiloService<RoundQuery>();
        TargetsFixture.At(Day(year, 6, 1));
        var first = await rounds.OpenAsync("r-05", new DateOnly(year, 5, 1), new DateOnly(year, 5, 31), new DateOnly(year, 6, 10), SeedWorld.Coordinator, null);

        // The round's period is a report obligation like the cadence's: a row of the obligations table with its due time.
        var owed = await fixture.Tables.QueryAsync(
            "SELECT assignment_id, due_at FROM obligations WHERE plan_id = @plan AND key = 'report:r-05' AND state = 'open'",
            new Dictionary<string, object?> { ["plan"] = w.PlanId }, r => r.GetString(0));
        Assert.Equal([w.AssignmentOf(w.A), w.AssignmentOf(w.B), w.AssignmentOf(w.C)], owed.Order(StringComparer.Ordinal).OrderBy(a => a.EndsWith(w.A, StringComparison.Ordinal) ? 0 : a.EndsWith(w.B, StringComparison.Ordinal) ? 1 : 2));
        TargetsFixture.At(Day(year, 6, 5));
        await Report(w, w.A, "r-05", 100);
        TargetsFixture.At(Day(year, 6, 12));
        await Report(w, w.B, "r-05", 50);
        TargetsFixture.At(Day(year, 6, 15));

        var status = await query.StatusAsync(w.PlanId, first.Number, null, SeedWorld.Coordinator, default);

        Assert.Equal([(w.A, false), (w.B, true)], status.Reported.Select(e => (e.AgencyId, e.Late)));
        Assert.Equal([w.C], status.Late.Select(e => e.AgencyId));
        Assert.Empty(status.Waiting);

        TargetsFixture.At(Day(year, 7, 1));
        var second = await rounds.OpenAsync("r-06", new DateOnly(year, 6, 1), new DateOnly(year, 6, 30), new DateOnly(year, 7, 10), SeedWorld.Coordinator, null);
        TargetsFixture.At(Day(year, 7, 5));
        await Report(w, w.A, "r-06", 180);

        var now = await query.StatusAsync(w.PlanId, second.Number, null, SeedWorld.Coordinator, default);
        var before = await Assert.ThrowsAsync<SupervisionException>(() => query.StatusAsync(w.PlanId, second.Number, Day(year, 6, 20), SeedWorld.Coordinator, default));

        Assert.Equal([w.A], now.Reported.Select(e => e.AgencyId));
        Assert.Equal([w.B, w.C], now.Waiting.Select(e => e.AgencyId));
        Assert.Equal(first.Number, now.PreviousRound);
        var change = Assert.Single(now.Changes);
        Assert.Equal((w.A, "城镇新增就业", (decimal?)100, 180m, (decimal?)80), (change.AgencyId, change.Name, change.Before, change.After, change.Delta));
        Assert.Equal(FailureKind.NotFound, before.Kind);
    }

    [Fact]
    public async Task Only_a_coordinator_opens_a_round()
    {
        var w = new SeedWorld(fixture.Grains, 2022);
        var refused = await Assert.ThrowsAsync<SupervisionException>(() => fixture.Grains.GetGrain<IRoundGrain>(w.PlanId)
            .OpenAsync("r-01", new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 31), new DateOnly(2022, 2, 10), SeedWorld.Inspector, null));
        Assert.Equal(FailureKind.Forbidden, refused.Kind);
    }

    private static Task<AssignmentView> Report(SeedWorld w, string agency, string period, decimal jobs) =>
        w.Assignment(w.ItemIds[agency == w.A ? 0 : agency == w.B ? 1 : 2], agency)
            .SubmitReportAsync("本轮调度报送", [new Indicator("城镇新增就业", jobs, "人")], SeedWorld.UserOf(agency), null, period);
}
