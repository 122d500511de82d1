using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Supervision.Host.Tests.Fixture;

/// <summary>Small conveniences for JSON calls in tests.</summary>
public static class Api
{
    public static async Task<(int Status, JsonElement Body)> SendAsync(this HttpClient client, HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
            // A large body waits for the server's go-ahead, as curl does: a body the server refuses (413) is then never
            // half-sent into a closing connection, which would turn the answer into a reset under load.
            request.Headers.ExpectContinue = raw.Length > 64 * 1024;
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = string.IsNullOrWhiteSpace(text) ? default : TryParse(text);
        return ((int)response.StatusCode, json);
    }

    public static Task<(int Status, JsonElement Body)> PostAsync(this HttpClient client, string path, object? body = null, string? key = null) =>
        client.SendAsync(HttpMethod.Post, path, body ?? new { }, key);

    public static Task<(int Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string path) =>
        client.SendAsync(HttpMethod.Get, path);

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static JsonElement TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse(JsonSerializer.Serialize(text)).RootElement.Clone();
        }
    }
}
