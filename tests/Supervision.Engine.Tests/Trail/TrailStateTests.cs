using Supervision.Engine.Access;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public sealed class TrailStateTests
{
    private static readonly Actor Agency = new("u1", Roles.Agency, "a-7");

    [Fact]
    public void A_command_is_recognised_until_256_newer_commands_were_applied()
    {
        var state = new Counted();
        state.Apply(Entry("idem:u1:first"));
        for (var i = 0; i < 255; i++)
        {
            state.Apply(Entry($"idem:u1:k{i}"));
        }

        Assert.True(state.HasApplied("idem:u1:first"));
        state.Apply(Entry("idem:u1:one-more"));
        Assert.False(state.HasApplied("idem:u1:first"));
        Assert.True(state.HasApplied("idem:u1:k0"));
        Assert.True(state.HasApplied("idem:u1:one-more"));
    }

    [Fact]
    public void A_retried_command_is_remembered_once_and_its_events_still_apply()
    {
        var state = new Counted();
        state.Apply(Entry("idem:u1:same"));
        state.Apply(Entry("idem:u1:same"));
        state.Apply(Entry(null));

        Assert.Equal(1, state.AppliedCount);
        Assert.Single(state.AppliedCommands);
        Assert.Equal(3, state.Events);
        Assert.False(state.HasApplied(null));
        Assert.False(state.HasApplied("IDEM:U1:SAME"));
    }

    private static TrailEntry Entry(string? correlationId) => new(new Noted(), Agency, DateTimeOffset.UnixEpoch, correlationId);

    private sealed record Noted : IDomainEvent;

    private sealed class Counted : TrailState
    {
        public int Events { get; private set; }

        protected override void When(TrailEntry entry) => Events++;
    }
}
