using System.Text;
using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Errors;
using Supervision.Engine.Import.Drafts;
using Supervision.Engine.Tests.Cluster;
using Supervision.Tests.Shared;

namespace Supervision.Engine.Tests.Import;

/// <summary>An import draft left uncommitted expires after <c>DraftDays</c>: refused with a sentence, then deleted; a committed one stays.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DraftExpiryTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task A_draft_past_its_days_is_refused_as_expired_and_then_deleted_while_a_fresh_one_stays()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var drafts = new ImportDrafts(fixture.Tables, fixture.Grains, clock, new ImportDraftOptions { DraftDays = 7 });
        var old = await UploadAsync(drafts);
        clock.Advance(TimeSpan.FromDays(6));
        var fresh = await UploadAsync(drafts);
        clock.Advance(TimeSpan.FromDays(2));

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => drafts.CommitAsync(_world.Coordinator, old.Id, null));
        var deleted = await drafts.DeleteExpiredAsync();
        var gone = await Assert.ThrowsAsync<SupervisionException>(() => drafts.GetAsync(_world.Coordinator, old.Id));
        var kept = await drafts.GetAsync(_world.Coordinator, fresh.Id);

        Assert.Equal((FailureKind.NotFound, "import.draft_expired"), (refused.Kind, refused.Code));
        Assert.Contains("7 days", refused.Message, StringComparison.Ordinal);
        Assert.True(deleted >= 1);
        Assert.Equal(FailureKind.NotFound, gone.Kind);
        Assert.Equal(fresh.Id, kept.Id);
    }

    private async Task<ImportDraft> UploadAsync(ImportDrafts drafts)
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(SyntheticPlan.Generate(2)));
        return await drafts.CreateAsync(_world.Coordinator, file, "plan.txt");
    }
}
