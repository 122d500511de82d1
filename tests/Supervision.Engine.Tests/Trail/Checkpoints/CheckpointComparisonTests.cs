using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Engine.Tests.Trail.Checkpoints;

/// <summary>An item's export, cut after the checkpoint in the ways the issue lists, is reported as cut, naming the stream.</summary>
public sealed class CheckpointComparisonTests
{
    private static readonly DateTimeOffset At = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    // item-7's trail interleaved with another item's, as the log holds them.
    private static readonly List<StoredEvent> Log = TrailChain.Build(
        ("item-7", "{}"), ("assignment-7~hrss", "{}"), ("item-8", "{}"), ("assignment-7~fin", "{}"),
        ("assignment-7~hrss", """{"n":2}"""), ("assignment-7~hrss", """{"n":3}"""), ("item-7", """{"done":true}"""));

    private static readonly TrailCheckpoint Checkpoint = new(At, TrailChain.Heads(Log), "", "");

    private static IReadOnlyList<TrailCut> CutsOf(IEnumerable<StoredEvent> kept, TrailScope? scope = null) =>
        CheckpointComparison.Compare(new TrailDocument("item 7", At, [.. kept]) { Scope = scope ?? TrailScope.Item("7") }, Checkpoint);

    private static IEnumerable<StoredEvent> Item7 => Log.Where(e => e.StreamId != "item-8");

    [Fact]
    public void An_export_that_reaches_every_head_has_no_cut() => Assert.Empty(CutsOf(Item7));

    [Fact]
    public void Events_after_the_checkpoint_are_not_a_cut()
    {
        var later = TrailChain.Build([.. Log.Select(e => (e.StreamId, e.Payload)), ("item-7", """{"reopened":true}""")]);

        Assert.Empty(CutsOf(later.Where(e => e.StreamId != "item-8")));
    }

    [Fact]
    public void Deleting_the_newest_event_of_a_stream_is_reported_naming_the_stream()
    {
        var cut = Assert.Single(CutsOf(Item7.Where(e => !(e.StreamId == "item-7" && e.Version == 2))));

        Assert.Equal("item-7", cut.StreamId);
        Assert.Contains("version 2 is missing", cut.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_the_newest_two_events_of_a_stream_is_reported_naming_the_stream()
    {
        var cut = Assert.Single(CutsOf(Item7.Where(e => !(e.StreamId == "assignment-7~hrss" && e.Version >= 2))));

        Assert.Equal("assignment-7~hrss", cut.StreamId);
        Assert.Contains("versions 2 to 3 are missing", cut.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_whole_stream_is_reported_naming_the_stream()
    {
        var cut = Assert.Single(CutsOf(Item7.Where(e => e.StreamId != "assignment-7~fin")));

        Assert.Equal("assignment-7~fin", cut.StreamId);
        Assert.Contains("whole stream is missing", cut.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_rewritten_up_to_its_head_is_reported()
    {
        var rewritten = Item7.Select(e => e.StreamId == "item-7" && e.Version == 2 ? e with { Hash = new string('e', 64) } : e);

        Assert.Contains("rewritten", Assert.Single(CutsOf(rewritten)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_export_is_held_only_against_its_own_assignment()
    {
        var hrss = Item7.Where(e => e.StreamId is "item-7" or "assignment-7~hrss");

        Assert.Empty(CutsOf(hrss, TrailScope.Item("7", "hrss")));
        Assert.Equal("assignment-7~fin", Assert.Single(CutsOf(hrss)).StreamId);
    }

    [Fact]
    public void A_whole_log_export_missing_the_logs_newest_event_is_reported_as_a_cut_log()
    {
        var cuts = CutsOf(Log.Take(Log.Count - 1), TrailScope.WholeLog);

        Assert.Contains(cuts, c => c.StreamId is null && c.Reason.Contains("newest events are missing", StringComparison.Ordinal));
        Assert.Contains(cuts, c => c.StreamId == "item-7");
    }
}
