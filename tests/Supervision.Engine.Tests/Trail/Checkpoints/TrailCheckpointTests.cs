using System.Text.Json.Nodes;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Engine.Tests.Trail.Checkpoints;

public sealed class TrailCheckpointTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _keys = Directory.CreateTempSubdirectory("supervision-keys-").FullName;

    public void Dispose() => Directory.Delete(_keys, recursive: true);

    private TrailCheckpoint Signed()
    {
        using var key = CheckpointKey.LoadOrCreate(_keys);
        return key.Sign(TrailChain.Heads(TrailChain.Build(("item-1", "{}"), ("assignment-1~a", "{}"), ("item-1", "{}"))), At);
    }

    [Fact]
    public void A_checkpoint_verifies_after_a_round_trip_and_after_being_re_saved_by_another_tool()
    {
        var checkpoint = Signed();
        var resaved = JsonNode.Parse(checkpoint.ToJson())!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = false });

        Assert.Null(TrailCheckpoint.Parse(checkpoint.ToJson()).Refusal());
        Assert.Null(TrailCheckpoint.Parse(resaved).Refusal(checkpoint.Fingerprint));
        Assert.Equal(checkpoint.Heads.Streams, TrailCheckpoint.Parse(resaved).Heads.Streams);
    }

    [Fact]
    public void A_checkpoint_with_a_lowered_head_is_refused_as_forged()
    {
        var json = Signed().ToJson().Replace("\"version\": 2", "\"version\": 1", StringComparison.Ordinal);

        var refusal = TrailCheckpoint.Parse(json).Refusal();

        Assert.Contains("does not match its content", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_re_signed_with_another_key_is_refused_when_the_installations_key_is_expected()
    {
        var genuine = Signed();
        var otherKeys = Directory.CreateTempSubdirectory("supervision-keys-").FullName;
        using var other = CheckpointKey.LoadOrCreate(otherKeys);
        var forged = other.Sign(genuine.Heads with { Streams = [.. genuine.Heads.Streams.Skip(1)] }, At);

        Assert.Null(forged.Refusal());
        Assert.Contains("not with the expected key", forged.Refusal(genuine.Fingerprint), StringComparison.Ordinal);
        Directory.Delete(otherKeys, recursive: true);
    }

    [Fact]
    public void A_checkpoint_whose_fingerprint_field_is_not_its_keys_is_not_read()
    {
        var checkpoint = Signed();
        var json = checkpoint.ToJson().Replace(checkpoint.Fingerprint, new string('f', 64), StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => TrailCheckpoint.Parse(json));

        Assert.Contains("checkpoint.key.fingerprint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_is_created_once_readable_by_its_owner_only_and_reused()
    {
        using var first = CheckpointKey.LoadOrCreate(_keys);
        using var second = CheckpointKey.LoadOrCreate(_keys);

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", first.Fingerprint);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_keys, CheckpointKey.FileName)));
        }
    }
}
