using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Evaluations;

/// <summary>An evaluation whose period holds no assignment says so in words, instead of an empty ranking.</summary>
[Collection(HostCollection.Name)]
public sealed class EmptyEvaluationPageTests(HostFixture host)
{
    [Fact]
    public async Task An_evaluation_of_a_period_without_assignments_tells_the_office_to_check_the_period()
    {
        var tag = $"{Guid.NewGuid():n}"[..8];
        var (created, view) = await host.Coordinator.PostAsync("/api/v1/evaluations", new { id = $"e-{tag}", title = "1990年度考核", from = "1990-01-01", to = "1990-12-31" });

        var page = await host.Coordinator.GetStringAsync(new Uri($"/evaluations/e-{tag}", UriKind.Relative));

        Assert.True(created == 201, view.ToString());
        Assert.Contains("无可排名的单位", page, StringComparison.Ordinal);
    }
}
