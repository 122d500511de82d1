using Supervision.Engine.Trail.Checkpoints;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Trails;

/// <summary>Verification that means what it says: re-saved exports verify, empty ones are not trails, forged checkpoints are refused.</summary>
[Collection(HostCollection.Name)]
public sealed class TrailVerificationTests(HostFixture host)
{
    [Fact]
    public async Task An_export_re_saved_pretty_printed_and_u_escaped_verifies_in_the_api_and_the_cli()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var resaved = TrailFiles.Resaved(await host.Inspector.GetStringAsync($"/api/v1/items/{w.ItemId}/trail/export"));
        var file = await TrailFiles.SaveAsync(TrailFiles.Folder(), "resaved.json", resaved);

        var (status, verdict) = await host.Inspector.PostAsync("/api/v1/trails/verify", resaved);
        var (exit, stdout, _) = await CliProcess.RunAsync(null, "verify-trail", file);

        Assert.Contains("\\u5F20\\u4E09", resaved, StringComparison.Ordinal); // 张三, escaped by the other tool
        Assert.Equal(200, status);
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        Assert.Equal(0, exit);
        Assert.StartsWith("完好 Intact", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"format":"supervision-trail/2","subject":"item x","exported_at":"2022-06-01T09:00:00Z","scope":{"kind":"log"},"events":[]}""")]
    [InlineData("""{"format":"supervision-trail/1","subject":"item x","exported_at":"2022-06-01T09:00:00Z","events":[]}""")]
    public async Task An_export_without_events_is_not_a_trail_400_and_exit_2(string empty)
    {
        var file = await TrailFiles.SaveAsync(TrailFiles.Folder(), "empty.json", empty);

        var (status, problem) = await host.Inspector.PostAsync("/api/v1/trails/verify", empty);
        var (exit, stdout, stderr) = await CliProcess.RunAsync(null, "verify-trail", file);

        Assert.Equal(400, status);
        Assert.Equal("trail.malformed", problem.Str("code"));
        Assert.Equal(2, exit);
        Assert.DoesNotContain("Intact", stdout, StringComparison.Ordinal);
        Assert.Contains("no events", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_edited_after_signing_is_refused_by_the_cli_and_the_api()
    {
        var w = await ApiWorld.CreateAsync(host);
        var export = await host.Inspector.GetStringAsync($"/api/v1/items/{w.ItemId}/trail/export");
        var genuine = await File.ReadAllTextAsync(await TrailFiles.CheckpointAsync(host));
        // Lower the item stream's head, as someone covering a deletion would.
        var edited = System.Text.Json.Nodes.JsonNode.Parse(genuine)!;
        var head = edited["streams"]!.AsArray().Single(h => (string?)h!["stream_id"] == $"item-{w.ItemId}")!;
        head["version"] = (long)head["version"]! - 1;
        var forged = edited.ToJsonString();
        var folder = TrailFiles.Folder();
        var exportFile = await TrailFiles.SaveAsync(folder, "export.json", export);

        var (exit, _, stderr) = await CliProcess.RunAsync(null, "verify-trail", exportFile, "--checkpoint", await TrailFiles.SaveAsync(folder, "forged.json", forged));
        var (status, problem) = await host.Inspector.PostAsync("/api/v1/trails/verify", TrailFiles.WithCheckpoint(export, forged));
        var (genuineStatus, verdict) = await host.Inspector.PostAsync("/api/v1/trails/verify", TrailFiles.WithCheckpoint(export, genuine));

        Assert.Equal(2, exit);
        Assert.Contains("Checkpoint refused", stderr, StringComparison.Ordinal);
        Assert.Equal(400, status);
        Assert.Equal("trail.checkpoint_refused", problem.Str("code"));
        Assert.Equal(200, genuineStatus);
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task A_checkpoint_signed_with_another_key_is_refused_by_the_api_and_by_the_cli_given_the_fingerprint()
    {
        var w = await ApiWorld.CreateAsync(host);
        var export = await host.Inspector.GetStringAsync($"/api/v1/items/{w.ItemId}/trail/export");
        var genuine = TrailCheckpoint.Parse(await File.ReadAllTextAsync(await TrailFiles.CheckpointAsync(host)));
        var folder = TrailFiles.Folder();
        using var otherKey = CheckpointKey.LoadOrCreate(Path.Combine(folder, "keys"));
        var forged = otherKey.Sign(genuine.Heads with { Streams = [.. genuine.Heads.Streams.Where(h => !h.StreamId.Contains(w.ItemId, StringComparison.Ordinal))] }, genuine.At).ToJson();

        var (status, problem) = await host.Inspector.PostAsync("/api/v1/trails/verify", TrailFiles.WithCheckpoint(export, forged));
        var (exit, _, stderr) = await CliProcess.RunAsync(null, "verify-trail", await TrailFiles.SaveAsync(folder, "export.json", export),
            "--checkpoint", await TrailFiles.SaveAsync(folder, "forged.json", forged), "--fingerprint", genuine.Fingerprint);

        Assert.Equal(400, status);
        Assert.Contains("not with the expected key", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(2, exit);
        Assert.Contains("not with the expected key", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_log_is_exported_for_inspectors_and_coordinators_only_and_verifies_with_its_log_chain()
    {
        var w = await ApiWorld.CreateAsync(host);

        var export = await host.Inspector.GetStringAsync("/api/v1/trail/export");
        var (status, verdict) = await host.Inspector.PostAsync("/api/v1/trails/verify", export);
        var (agencyStatus, _) = await w.LeadUser.GetJsonAsync("/api/v1/trail/export");

        Assert.Contains("\"kind\": \"log\"", export, StringComparison.Ordinal);
        Assert.Equal(200, status);
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        Assert.Equal(403, agencyStatus);
        Assert.Equal(200, (await host.Coordinator.GetJsonAsync("/api/v1/trail/export")).Status);
    }
}
