using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Supervision.Host.Cli;

/// <summary>
/// The import verb's way to create a plan: upload the file to the running host and commit the draft there, so the
/// plan is made by the silo that owns it, under the coordinator's own token, with the same checks as the API.
/// </summary>
public sealed class HostImport(Uri baseAddress, string token) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    /// <summary>What the commit asks for: the plan id (null: derived by the host), and whether a duplicate plan is meant.</summary>
    public sealed record Choice(string? PlanId, bool AllowDuplicate);

    /// <summary>The created plan's JSON, or the host's refusal as (status, problem detail and code).</summary>
    public async Task<(JsonElement? Plan, string? DraftId, string? Refusal)> CommitAsync(string path, Choice choice, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        using var file = new StreamContent(File.OpenRead(path));
        form.Add(file, "file", Path.GetFileName(path));
        using var uploaded = await _http.PostAsync(new Uri("api/v1/imports", UriKind.Relative), form, cancellationToken);
        var draft = await JsonAsync(uploaded, cancellationToken);
        if (!uploaded.IsSuccessStatusCode)
        {
            return (null, null, Refusal(uploaded, draft));
        }

        var draftId = draft.GetProperty("id").GetString()!;
        ArgumentNullException.ThrowIfNull(choice);
        using var committed = await _http.PostAsJsonAsync(
            new Uri($"api/v1/imports/{draftId}/commit", UriKind.Relative),
            new Dictionary<string, object?> { ["plan_id"] = choice.PlanId, ["allow_duplicate"] = choice.AllowDuplicate },
            cancellationToken);
        var plan = await JsonAsync(committed, cancellationToken);
        return committed.IsSuccessStatusCode ? (plan, draftId, null) : (null, draftId, Refusal(committed, plan));
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse(JsonSerializer.Serialize(new { detail = text })).RootElement.Clone();
        }
    }

    private static string Refusal(HttpResponseMessage response, JsonElement problem)
    {
        var code = problem.TryGetProperty("code", out var c) ? c.GetString() : null;
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : response.ReasonPhrase;
        var plan = code == "import.duplicate_plan" && problem.TryGetProperty("plan_id", out var p)
            ? $" (plan {p.GetString()}; pass --allow-duplicate if a second plan is meant)"
            : "";
        return $"{(int)response.StatusCode} {code ?? "error"}: {detail}{plan}";
    }
}
