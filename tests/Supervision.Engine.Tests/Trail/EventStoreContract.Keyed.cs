using Supervision.Engine.Idempotency;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>A keyed command in one commit: the key's row, its answer included, rides the events' own transaction.</summary>
public abstract partial class EventStoreContract
{
    private static readonly KeyedCall Call = new("u-clerk", "report-q1", "hash-1", "process-1");

    private static IEnumerable<Migration> KeyTable() =>
        [InboxTable, .. IdempotencyRows.Migrations, new Migration(400, "claimed keys", "ALTER TABLE idempotency ADD COLUMN claimed_by TEXT;")];

    private static NewEvent KeyedEvent(int n) => Event(n) with { CorrelationId = Call.CorrelationId };

    private static ProjectionWrite Answer(string body) => IdempotencyRows.Answer(Call, 200, KeyedAnswers.ContentType, body, Noon);

    private static Task<IdempotencyRecord> KeyAsync(IEventStore store) =>
        IdempotencyRows.ReadAsync(Tables(store), Call.User, Call.Key, Call.CorrelationId, CancellationToken.None);

    [Fact]
    public async Task A_keyed_event_and_its_stored_answer_are_written_in_one_commit()
    {
        var store = await OpenAsync(KeyTable());
        var before = CommitsOf(store);

        await store.AppendAsync("assignment-a", 0, [KeyedEvent(1)], [Inbox("a", "reported"), Answer("""{"report_count":1}""")]);

        Assert.Equal(1, CommitsOf(store) - before);
        Assert.Equal(new IdempotencyRecord("hash-1", 200, KeyedAnswers.ContentType, """{"report_count":1}""", true, null), await KeyAsync(store));
    }

    [Fact]
    public async Task A_keyed_append_that_loses_the_race_leaves_no_answer_and_no_event()
    {
        var store = await OpenAsync(KeyTable());
        await AppendAsync(store, "assignment-a", 0, Event(1));

        await Assert.ThrowsAsync<StreamConcurrencyException>(() => store.AppendAsync("assignment-a", 0, [KeyedEvent(2)], [Answer("{}")]));

        Assert.Equal(new IdempotencyRecord(null, 0, null, "", false, null), await KeyAsync(store));
    }

    [Fact]
    public async Task A_keyed_append_leaves_a_key_already_claimed_as_it_was()
    {
        var store = await OpenAsync(KeyTable());
        await Tables(store).ExecuteAsync([IdempotencyRows.Claim(Call.User, Call.Key, Call.Hash, "node-b", null, Noon)]);

        await store.AppendAsync("assignment-a", 0, [KeyedEvent(1)], [Answer("{}")]);

        Assert.Equal(new IdempotencyRecord("hash-1", 0, null, "", true, "node-b"), await KeyAsync(store));
    }
}
