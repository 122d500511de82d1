using System.Text;
using System.Text.Json.Nodes;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>A request being put together: first a plausible one for an operation, then one mutation breaks something in it.</summary>
public sealed class RequestDraft(Operation operation)
{
    public Operation Operation { get; } = operation;

    public string Method { get; set; } = operation.Method;

    /// <summary>Path segments as written on the wire (already percent-encoded where they need to be).</summary>
    public List<string> Segments { get; } = [.. operation.Path.Trim('/').Split('/')];

    public List<(string Name, string Value)> Query { get; } = [];

    public List<(string Name, string Value)> Headers { get; } = [];

    public string? ContentType { get; set; }

    /// <summary>The body as JSON, written out at the end unless a mutation set the bytes itself.</summary>
    public JsonNode? Json { get; set; }

    public byte[]? Bytes { get; set; }

    public bool HasBody { get; set; }

    /// <summary>Send it twice with the same Idempotency-Key; the second (a replay) is the one judged.</summary>
    public bool Twice { get; set; }

    /// <summary>The real id each path parameter was filled with, before any mutation.</summary>
    public Dictionary<string, string> PathValues { get; } = [];

    /// <summary>A real id of another kind than the route expects (an item's id on an assignment route).</summary>
    public string OtherId { get; set; } = "";

    public int SegmentOf(string parameter) => Array.IndexOf(Operation.Path.Trim('/').Split('/'), $"{{{parameter}}}");

    public RawRequest Build()
    {
        var target = "/" + string.Join('/', Segments) + (Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(q => $"{q.Name}={q.Value}")));
        var headers = new List<(string, string)>(Headers);
        if (ContentType is not null)
        {
            headers.Add(("Content-Type", ContentType));
        }

        var body = !HasBody ? null : Bytes ?? Encoding.UTF8.GetBytes(Json?.ToJsonString() ?? "null");
        return new RawRequest(Method, target, headers, body);
    }
}
