using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Hierarchy;

/// <summary>Registry files and the calls that upload them. The Xinjiang fixture was made from ../shared/data/divisions (the region, 14 prefectures, 108 counties).</summary>
internal static class RegistryFiles
{
    public static byte[] Xinjiang => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "xinjiang-agencies.csv"));

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    public static async Task<(int Status, JsonElement Body)> UploadAsync(HttpClient client, byte[] file, string type = "text/csv")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        using var response = await client.PostAsync(new Uri("/api/v1/agencies/import?name=agencies.csv", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Uploads and commits; the preview must have no problems.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient client, byte[] file)
    {
        var (status, preview) = await UploadAsync(client, file);
        Assert.True(status == 201, $"upload answered {status}: {preview}");
        var (committed, result) = await client.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit");
        Assert.True(committed == 200, $"commit answered {committed}: {result}");
        return preview;
    }

    public static IEnumerable<(int Line, string Code)> Problems(JsonElement preview) =>
        preview.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt32(), p.Str("code")));
}
