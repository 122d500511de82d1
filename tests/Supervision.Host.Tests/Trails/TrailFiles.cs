using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Trails;

/// <summary>Exports and checkpoints as files an inspector handles: saved, re-saved by other tools, written by the checkpoint verb.</summary>
internal static class TrailFiles
{
    public static string Folder() => Directory.CreateTempSubdirectory("trail-files-").FullName;

    public static async Task<string> SaveAsync(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    /// <summary>Pretty-printed with four spaces, every non-ASCII character as <c>\uXXXX</c>, members in reverse order.</summary>
    public static string Resaved(string json) => Reordered(JsonNode.Parse(json))!.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.Default,
    });

    /// <summary>Runs <c>checkpoint</c> on the host's data folder as a separate process; returns the path it printed last.</summary>
    public static async Task<string> CheckpointAsync(HostFixture host)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(Environment(host), "checkpoint");
        Assert.True(exit == 0, stderr);
        var path = stdout.TrimEnd().Split('\n')[^1].Trim();
        Assert.True(File.Exists(path), $"the checkpoint verb printed '{path}', which is not a file");
        return path;
    }

    public static Dictionary<string, string> Environment(HostFixture host) => new() { ["SUPERVISION__DATADIRECTORY"] = host.DataDirectory };

    /// <summary>The body that holds an export against a checkpoint in <c>POST /api/v1/trails/verify</c>.</summary>
    public static string WithCheckpoint(string export, string checkpoint) =>
        $$"""{"trail": {{export}}, "checkpoint": {{checkpoint}}}""";

    private static JsonNode? Reordered(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reordered(p.Value?.DeepClone())))),
        JsonArray a => new JsonArray([.. a.Select(i => Reordered(i?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
