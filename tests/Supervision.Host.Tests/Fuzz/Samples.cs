using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// A plausible JSON body for a schema of the OpenAPI document: every property present, strings that mean something for
/// the members that name a thing of the world (agencies, decisions, roles), dates where the schema says date. The fuzz
/// starts from it and breaks one thing, so that each mutation reaches as deep into the host as it can.
/// </summary>
public sealed class Samples(JsonElement document, FuzzWorld world, Random random)
{
    public JsonNode? For(JsonElement schema, string? name = null, int depth = 0)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return For(Resolve(reference.GetString()!), name, depth);
        }

        foreach (var choice in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(choice, out var options))
            {
                var concrete = options.EnumerateArray().Where(o => !IsNullOnly(o)).ToList();
                return concrete.Count == 0 ? null : For(concrete[random.Next(concrete.Count)], name, depth);
            }
        }

        var type = Type(schema);
        return type switch
        {
            "object" when depth < 4 => Object(schema, depth),
            "array" when depth < 4 => new JsonArray(schema.TryGetProperty("items", out var items) ? [For(items, Singular(name), depth + 1)] : []),
            "integer" => JsonValue.Create(random.Next(1, 4)),
            "number" => JsonValue.Create(Math.Round(random.NextDouble() * 1000, 1)),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "string" => JsonValue.Create(Text(name, schema)),
            _ => depth == 0 ? new JsonObject() : null,
        };
    }

    private JsonObject Object(JsonElement schema, int depth)
    {
        var o = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var p in properties.EnumerateObject())
            {
                o[p.Name] = For(p.Value, p.Name, depth + 1);
            }
        }

        return o;
    }

    private string Text(string? name, JsonElement schema)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return (name, format) switch
        {
            (_, "date") or ("due" or "issued", _) => "2026-12-31",
            (_, "date-time") => "2026-12-31T00:00:00Z",
            ("lead" or "cooperating" or "members" or "agencies" or "agency_id" or "to_agency_id" or "agency", _) => world.Pick("agencies"),
            ("decision", _) => Pick("accept", "return", "approve"),
            ("outcome", _) => Pick("reject", "withdraw", "reassign"),
            ("role", _) => Pick("coordinator", "inspector", "agency", "admin"),
            ("op", _) => Pick("set_lead", "set_cooperating", "set_deadline", "add_target", "remove_target", "drop_item", "rename", "add_alias", "add_agency"),
            ("comparator", _) => Pick(">=", "<=", "="),
            ("item", _) => Pick("一", "二(一)", "(1)"),
            ("username", _) => $"fz{random.Next(100000)}",
            ("password", _) => "correct-horse-battery",
            ("id" or "plan_id", _) => $"fz-{random.Next(100000)}",
            ("email", _) => "someone@example.org",
            ("phone", _) => "0991-1234567",
            ("definition_id", _) => "standard",
            _ => Pick("督办事项", "x", "城镇新增就业46万人以上"),
        };
    }

    private string Pick(params string[] options) => options[random.Next(options.Length)];

    private JsonElement Resolve(string reference) =>
        reference.TrimStart('#', '/').Split('/').Aggregate(document, (e, part) => e.GetProperty(part));

    private static string? Singular(string? name) => name switch
    {
        "lead" or "cooperating" or "members" or "agencies" => name,
        _ => null,
    };

    private static bool IsNullOnly(JsonElement schema) => Type(schema) == "null";

    // The document writes a nullable type as ["null", "string"]; the first non-null entry is the type.
    private static string? Type(JsonElement schema) =>
        !schema.TryGetProperty("type", out var t) ? (schema.TryGetProperty("properties", out _) ? "object" : null)
        : t.ValueKind == JsonValueKind.String ? t.GetString()
        : t.EnumerateArray().Select(x => x.GetString()).FirstOrDefault(x => x != "null") ?? "null";
}
