using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public sealed class StreamIdsTests
{
    [Fact]
    public void Stream_ids_keep_the_text_already_stored_in_every_trail()
    {
        Assert.Equal("assignment-p1.1~hrss", StreamIds.Assignment("p1.1~hrss"));
        Assert.Equal("item-p1.1", StreamIds.Item("p1.1"));
        Assert.Equal("plan-p1", StreamIds.Plan("p1"));
        Assert.Equal("rounds-p1.1~hrss", StreamIds.Of(StreamIds.RoundsKind, "p1.1~hrss"));
        Assert.StartsWith(StreamIds.AssignmentsOfItem("p1.1"), StreamIds.Assignment("p1.1~hrss"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_id_parses_back_into_its_kind_and_a_key_that_may_itself_hold_dashes()
    {
        Assert.True(StreamIds.TryParse("assignment-i-1~ag-2", out var kind, out var id));
        Assert.Equal((StreamIds.AssignmentKind, "i-1~ag-2"), (kind, id));
        Assert.Equal("i-1~ag-2", StreamIds.AssignmentOf("assignment-i-1~ag-2"));
        Assert.Null(StreamIds.AssignmentOf("item-i-1"));
        Assert.Null(StreamIds.AssignmentOf("notices-i-1~ag-2"));
        Assert.False(StreamIds.TryParse("nodash", out _, out _));
        Assert.False(StreamIds.TryParse(null, out _, out _));
    }
}
