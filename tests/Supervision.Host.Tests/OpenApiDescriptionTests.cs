using System.Text.Json;
using System.Text.RegularExpressions;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// The API description a client generator relies on, read from the running host: every operation is named, summed up
/// in Chinese and English, states its security and its problem answers; every schema is named.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class OpenApiDescriptionTests(HostFixture host)
{
    // Anyone may call these; every other operation needs a signed-in user.
    private static readonly string[] Anonymous = ["signIn", "signOut"];

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    [Fact]
    public async Task The_document_has_a_title_two_security_schemes_and_a_problem_schema_with_code_and_field()
    {
        var document = await DocumentAsync();

        Assert.Equal("Supervision API", document.GetProperty("info").Str("title"));
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal(("apiKey", "cookie"), (schemes.GetProperty("cookie").Str("type"), schemes.GetProperty("cookie").Str("in")));
        Assert.Equal(("http", "bearer"), (schemes.GetProperty("bearer").Str("type"), schemes.GetProperty("bearer").Str("scheme")));
        var problem = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        Assert.True(problem.TryGetProperty("code", out _) && problem.TryGetProperty("field", out _), problem.ToString());
    }

    [Fact]
    public async Task Every_operation_has_a_camel_case_id_a_bilingual_summary_security_and_problem_responses()
    {
        var document = await DocumentAsync();
        var faults = new List<string>();
        var ids = new List<string>();

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                faults.AddRange(Check(where, operation.Value, ids));
            }
        }

        Assert.True(ids.Count >= 40, $"only {ids.Count} operations were described");
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"operationId {g.Key} is used {g.Count()} times"));
        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    [Fact]
    public async Task Every_tag_an_operation_uses_is_described_and_no_server_url_ends_in_a_slash()
    {
        var document = await DocumentAsync();

        var used = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            .SelectMany(o => o.Value.TryGetProperty("tags", out var tags) ? tags.EnumerateArray().Select(t => t.GetString()!) : [])
            .ToHashSet();
        var described = (document.TryGetProperty("tags", out var all) ? all : JsonDocument.Parse("[]").RootElement).EnumerateArray()
            .Where(t => t.TryGetProperty("description", out var d) && !string.IsNullOrWhiteSpace(d.GetString()))
            .Select(t => t.Str("name"))
            .ToHashSet();
        var servers = document.TryGetProperty("servers", out var s) ? s.EnumerateArray().Select(x => x.Str("url")).ToList() : [];

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(described));
        Assert.DoesNotContain(servers, url => url.EndsWith('/'));
    }

    [Fact]
    public async Task Every_schema_has_a_name_a_client_can_use()
    {
        var document = await DocumentAsync();

        var names = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Matches(SchemaName(), n));
        Assert.DoesNotContain(names, n => n.StartsWith("AnonymousType", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Check(string where, JsonElement operation, List<string> ids)
    {
        var id = operation.TryGetProperty("operationId", out var i) ? i.GetString() ?? "" : "";
        ids.Add(id);
        if (!OperationId().IsMatch(id))
        {
            yield return $"{where}: operationId '{id}' is not camelCase verb+noun";
        }

        var summary = operation.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";
        if (!Bilingual().IsMatch(summary))
        {
            yield return $"{where}: summary '{summary}' is not '中文 · English'";
        }

        var security = operation.TryGetProperty("security", out var sec) ? sec.EnumerateArray().ToList() : [];
        var optional = security.Any(r => !r.EnumerateObject().Any());
        if (security.Count == 0 || optional != Anonymous.Contains(id))
        {
            yield return $"{where}: security {(security.Count == 0 ? "missing" : sec.ToString())}";
        }

        var responses = operation.GetProperty("responses").EnumerateObject().ToList();
        var problems = responses.Where(r => r.Name[0] is '4' or '5').ToList();
        if (!problems.Any(r => r.Name[0] == '4'))
        {
            yield return $"{where}: no 4xx response";
        }

        if (!Anonymous.Contains(id) && !responses.Any(r => r.Name == "401"))
        {
            yield return $"{where}: no 401 response";
        }

        foreach (var problem in problems.Where(p => !IsProblem(p.Value)))
        {
            yield return $"{where}: {problem.Name} is not application/problem+json with the ProblemDetails schema";
        }
    }

    private static bool IsProblem(JsonElement response) =>
        response.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/problem+json", out var media)
        && media.GetProperty("schema").TryGetProperty("$ref", out var reference)
        && reference.GetString() == "#/components/schemas/ProblemDetails";

    private async Task<JsonElement> DocumentAsync()
    {
        var (status, document) = await host.Anonymous.GetJsonAsync("/openapi/v1.json");
        Assert.Equal(200, status);
        return document;
    }

    [GeneratedRegex("^(get|list|create|add|register|set|edit|dispatch|acknowledge|dispute|resolve|submit|review|waive|withdraw|export|verify|upload|correct|commit|issue|sign|retry|escalate|request|decide|record|fulfil|close|freeze|mark|cascade|scrape)[A-Z][A-Za-z]*$")]
    private static partial Regex OperationId();

    [GeneratedRegex(@"^\P{IsBasicLatin}*\p{IsCJKUnifiedIdeographs}.* · [A-Z][ -~]+$")]
    private static partial Regex Bilingual();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex SchemaName();
}
