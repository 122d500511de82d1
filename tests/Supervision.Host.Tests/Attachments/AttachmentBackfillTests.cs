using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Engine.Access;
using Supervision.Engine.Attachments;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Host.Web.Attachments;

namespace Supervision.Host.Tests.Attachments;

/// <summary>Uploads made before events carried their files: the form's lines are recorded once, a copied line is not.</summary>
public sealed class AttachmentBackfillTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2022, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Hash = new('b', 64);
    private static readonly string Line = $"附件 Attachment: 凭证.pdf | application/pdf | 4096 B | sha256:{Hash}";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supervision-backfill-tests", Guid.NewGuid().ToString("n"));

    public Task InitializeAsync() => Task.FromResult(Directory.CreateDirectory(_folder));

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_upload_forms_old_lines_are_recorded_once_and_a_copy_in_another_agencys_trail_is_not()
    {
        await using var store = new SqliteEventStore(new SqliteStoreOptions(Path.Combine(_folder, "supervision.db")), ReadModelMigrations.All);
        await store.InitializeAsync();
        async Task OldAsync(string stream, string type, Actor actor, string payload) =>
            await store.AppendAsync(stream, 0, [new NewEvent(type, payload, actor, Noon, null)], []);
        AttachmentBackfill Backfill() => new(store, TimeProvider.System, NullLogger<AttachmentBackfill>.Instance);

        await OldAsync("assignment-i-1~coop", "ContributionSubmitted", new Actor("u-coop", Roles.Agency, "coop"), $$"""{"text":"已拨付\n{{Line}}"}""");
        await OldAsync("assignment-i-1~lead", "CompletionSubmitted", new Actor("u-lead", Roles.Agency, "lead"), $$"""{"evidence":"办结\n{{Line}}","review_by":"2022-05-10T00:00:00Z"}""");
        await OldAsync("assignment-i-2~coop", "FindingRectified", new Actor("u-coop", Roles.Agency, "coop"), $$"""{"number":1,"text":"已整改\n{{Line}}"}""");
        await OldAsync("assignment-i-3~lead", "ContributionSubmitted", new Actor("u-lead", Roles.Agency, "lead"), $$"""{"text":"{{Line}}\n说明在后","files":[]}""");
        await OldAsync("assignment-i-4~lead", "ContributionSubmitted", new Actor("u-lead", Roles.Agency, "lead"), $$"""{"text":"手写\n{{Line}}","files":[]}""");

        await Backfill().StartAsync(default);
        await Backfill().StartAsync(default);

        var rows = await store.QueryAsync("SELECT stream_id, hash, name FROM attachments ORDER BY stream_id", new Dictionary<string, object?>(),
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        Assert.Equal([("assignment-i-1~coop", Hash, "凭证.pdf"), ("assignment-i-2~coop", Hash, "凭证.pdf")], rows);
    }
}
