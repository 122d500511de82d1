using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Supervision.Host.Cli;

/// <summary>
/// <c>agencies import &lt;file&gt; [--dry-run] [--url] [--token]</c>: uploads a registry of agencies (CSV or .xlsx with
/// columns id, name, parent_id, optional aliases, kind) to the running host, prints the preview (added, renamed, moved,
/// problems by line) and, unless <c>--dry-run</c> or problems remain, commits it. Exit 0 done, 1 refused or unreachable,
/// 2 the file cannot be read.
/// </summary>
public static class AgenciesVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The registry: .csv (UTF-8 or GB18030) or .xlsx, header id,name,parent_id[,aliases,kind]." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only upload and print the preview; change nothing." };
        var url = new Option<string>("--url") { Description = "The running host.", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };
        var token = new Option<string?>("--token") { Description = $"A coordinator's or administrator's API token; default: ${ImportVerb.TokenVariable}." };
        var import = new Command("import", "Load a registry of agencies with their parents in one step: preview, then commit.") { file, dryRun, url, token };
        import.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var path = parse.GetValue(file)!;
            var bearer = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(ImportVerb.TokenVariable);
            if (string.IsNullOrWhiteSpace(bearer) || !Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var host))
            {
                await error.WriteLineAsync($"Pass the host with --url and a coordinator's token with --token or ${ImportVerb.TokenVariable}.");
                return 1;
            }

            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path.FullName, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"cannot read {path.FullName}: {e.Message}");
                return 2;
            }

            try
            {
                return await RunAsync(host, bearer, path.Name, bytes, parse.GetValue(dryRun), output, error, ct);
            }
            catch (HttpRequestException e)
            {
                await error.WriteLineAsync($"cannot reach the host at {host}: {e.Message}");
                return 1;
            }
        });
        return new Command("agencies", "Agencies (单位): load a registry of agencies and their parents.") { import };
    }

    private static async Task<int> RunAsync(Uri host, string token, string name, byte[] bytes, bool dryRun, TextWriter output, TextWriter error, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(10), DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        await error.WriteLineAsync($"[1/3] uploading {name} ({bytes.Length:N0} bytes) …");
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        using var uploaded = await http.PostAsync(new Uri($"api/v1/agencies/import?name={Uri.EscapeDataString(name)}", UriKind.Relative), content, ct);
        var preview = await JsonAsync(uploaded, ct);
        if (!uploaded.IsSuccessStatusCode)
        {
            await error.WriteLineAsync($"the host refused the file: {(int)uploaded.StatusCode} {Str(preview, "code")}: {Str(preview, "detail")}");
            return (int)uploaded.StatusCode is 400 or 413 or 415 ? 2 : 1;
        }

        var id = Str(preview, "id");
        int Count(string list) => preview.GetProperty(list).GetArrayLength();
        await error.WriteLineAsync($"[2/3] preview {id}: {preview.GetProperty("rows").GetInt32()} rows — {Count("added")} to add, {Count("renamed")} to rename, "
            + $"{Count("moved")} to move, {Count("aliases")} with other aliases, {preview.GetProperty("unchanged").GetInt32()} unchanged, {Count("problems")} problems");
        foreach (var problem in preview.GetProperty("problems").EnumerateArray())
        {
            await output.WriteLineAsync($"  line {problem.GetProperty("line").GetInt32()}: {Str(problem, "message")}");
        }

        if (Count("problems") > 0 || dryRun)
        {
            await error.WriteLineAsync(Count("problems") > 0 ? "nothing committed: correct the file and run again." : "dry run: nothing committed.");
            return Count("problems") > 0 ? 1 : 0;
        }

        await error.WriteLineAsync($"[3/3] committing {Count("added") + Count("renamed") + Count("moved") + Count("aliases")} changes …");
        using var committed = await http.PostAsync(new Uri($"api/v1/agencies/import/{id}/commit", UriKind.Relative), null, ct);
        var result = await JsonAsync(committed, ct);
        if (!committed.IsSuccessStatusCode)
        {
            await error.WriteLineAsync($"the host refused the commit: {(int)committed.StatusCode} {Str(result, "code")}: {Str(result, "detail")}");
            return 1;
        }

        await output.WriteLineAsync($"committed {id}: {Count("added")} added, {Count("renamed")} renamed, {Count("moved")} moved.");
        return 0;
    }

    private static string? Str(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse(JsonSerializer.Serialize(new { detail = text })).RootElement.Clone();
        }
    }
}
