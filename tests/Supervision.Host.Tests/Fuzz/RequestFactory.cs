using System.Globalization;
using System.Text.Json.Nodes;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>A plausible request for an operation and a role: real ids of the right kind in the path, the role's token, a sample body.</summary>
public sealed class RequestFactory(FuzzWorld world, Samples samples, Random random)
{
    private static readonly string[] Kinds = ["agencies", "plans", "items", "assignments", "imports", "users"];

    public RequestDraft Plausible(Operation operation, FuzzRole role)
    {
        var draft = new RequestDraft(operation);
        string kind = "";
        foreach (var parameter in operation.PathParameters)
        {
            var index = draft.SegmentOf(parameter);
            kind = index > 0 ? draft.Segments[index - 1] : "";
            var value = parameter == "number" ? random.Next(1, 3).ToString(CultureInfo.InvariantCulture) : world.Pick(kind);
            draft.PathValues[parameter] = value;
            draft.Segments[index] = Uri.EscapeDataString(value);
        }

        var others = Kinds.Where(k => k != kind).ToArray();
        draft.OtherId = world.Pick(others[random.Next(others.Length)]);
        if (world.Tokens[role] is { } token)
        {
            draft.Headers.Add(("Authorization", $"Bearer {token}"));
        }

        if (operation.TakesBody)
        {
            draft.HasBody = true;
            draft.ContentType = "application/json";
            draft.Json = operation.BodySchema is { } schema ? samples.For(schema) : new JsonObject();
        }

        if (operation is { Method: "POST", Path: "/api/v1/imports" })
        {
            // The upload takes the document itself; the JSON sample stays for the mutations that rework a JSON body.
            draft.ContentType = "text/plain";
            draft.Bytes = File.ReadAllBytes(Import.Uploads.SeedPath);
            draft.Query.Add(("name", "seed.txt"));
        }

        return draft;
    }
}
