using System.Text.Json;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>One operation of the OpenAPI document: method, path template, its parameters and the schema of its JSON body.</summary>
public sealed record Operation(string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters, JsonElement? BodySchema)
{
    public string Name => $"{Method} {Path}";

    public bool TakesBody => BodySchema is not null || Method is "POST" or "PUT" or "PATCH";

    /// <summary>Every operation the document describes, in document order.</summary>
    public static IReadOnlyList<Operation> ReadAll(JsonElement document)
    {
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var parameters = op.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                JsonElement? body = op.Value.TryGetProperty("requestBody", out var rb)
                    && rb.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var schema)
                    ? schema
                    : null;
                operations.Add(new Operation(
                    op.Name.ToUpperInvariant(),
                    path.Name,
                    [.. parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!)],
                    [.. parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!)],
                    body));
            }
        }

        return operations;
    }
}
