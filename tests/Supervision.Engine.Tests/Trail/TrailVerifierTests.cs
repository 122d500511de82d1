using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public sealed class TrailVerifierTests
{
    private static List<StoredEvent> Sample() =>
        TrailChain.Build(("a", """{"n":1}"""), ("b", """{"n":2}"""), ("a", """{"n":3}"""), ("a", """{"n":4}"""));

    [Fact]
    public void An_empty_trail_is_intact()
    {
        Assert.Equal(new TrailVerification(true, 0, 0, null), TrailVerifier.Verify([]));
    }

    [Fact]
    public void A_correct_chain_is_intact_and_counted()
    {
        Assert.Equal(new TrailVerification(true, 4, 2, null), TrailVerifier.Verify(Sample()));
    }

    [Fact]
    public void Events_given_out_of_position_order_are_reported_as_reordered()
    {
        var trail = Sample();
        (trail[2], trail[3]) = (trail[3], trail[2]);

        var fault = TrailVerifier.Verify(trail).FirstFault;

        Assert.Equal((40L, "a", 3L), (fault!.Position, fault.StreamId, fault.Version));
        Assert.Contains("out of order", fault.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_first_event_is_reported_at_the_event_that_now_starts_the_stream()
    {
        var trail = Sample();
        trail.RemoveAt(0);

        var fault = TrailVerifier.Verify(trail).FirstFault;

        Assert.Equal(("a", 2L), (fault!.StreamId, fault.Version));
        Assert.Contains("version 1 is missing", fault.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_replaced_by_a_self_consistent_forgery_breaks_the_link_of_the_next()
    {
        var trail = Sample();
        var forged = trail[2] with { Payload = """{"n":30}""" };
        trail[2] = forged with { Hash = TrailHash.Compute(forged) };

        var fault = TrailVerifier.Verify(trail).FirstFault;

        Assert.Equal(("a", 3L), (fault!.StreamId, fault.Version));
        Assert.Contains("does not link to version 2", fault.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_fault_is_reported_but_every_event_is_counted()
    {
        var trail = Sample();
        trail[1] = trail[1] with { Payload = """{"n":20}""" };
        trail[3] = trail[3] with { Payload = """{"n":40}""" };

        var verification = TrailVerifier.Verify(trail);

        Assert.False(verification.Intact);
        Assert.Equal(4, verification.EventCount);
        Assert.Equal("b", verification.FirstFault!.StreamId);
    }
}
