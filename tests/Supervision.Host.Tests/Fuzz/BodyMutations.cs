using System.Text;
using System.Text.Json.Nodes;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>Bodies that are wrong: empty, <c>null</c>, wrong types, unknown or duplicated members, oversized, deep, malformed, badly encoded.</summary>
public static class BodyMutations
{
    public static IEnumerable<Mutation> All { get; } =
    [
        new("body: empty", Mutation.WithBody, (d, _) => d.Bytes = []),
        new("body: none at all", Mutation.WithBody, (d, _) => d.HasBody = false),
        new("body: null", Mutation.WithBody, (d, _) => d.Json = null),
        new("body: wrong root type", Mutation.WithBody, (d, r) => d.Bytes = Utf8(d.Json is JsonArray ? Mutation.Pick(r, "{}", "\"x\"", "7") : Mutation.Pick(r, "[]", "42", "\"text\"", "true", "[{}]"))),
        new("member: wrong type", Mutation.WithBody, (d, r) => OneSlot(d, r, s => s.Set(JsonSlots.WrongTyped(s.Value, r)))),
        new("member: null", Mutation.WithBody, (d, r) => OneSlot(d, r, s => s.Set(null))),
        new("member: missing", Mutation.WithBody, (d, r) => OneSlot(d, r, s => { if (s.Member is not null) { s.Parent.AsObject().Remove(s.Member); } })),
        new("member: unknown", Mutation.WithBody, (d, r) => OneObject(d, r, o => o[Mutation.Pick(r, "zz_unknown", "deadline", "text", "__proto__", "$type", "Id", "")] = Mutation.Pick<JsonNode?>(r, 1, "x", null, new JsonObject()))),
        new("member: duplicated", Mutation.WithBody, Duplicate),
        new("member: number out of range", Mutation.WithBody, (d, r) => OneSlot(d, r, s => s.Set(JsonNode.Parse(Mutation.Pick(r, "1e309", "-1", "9223372036854775808", "-0", "1E-400", "2147483648", "0.5"))))),
        new("string: 100k characters", Mutation.WithBody, (d, r) => OneSlot(d, r, s => s.Set(new string(Mutation.Pick(r, 'x', '中', ' '), 100_000)))),
        new("string: control and odd characters", Mutation.WithBody, (d, r) => OneSlot(d, r, s => s.Set(Mutation.Pick(r, "a\0b", "\u0007", "\u001b[31m", "\u202e反", "\ufeff", "😀", "e\u0301", "\t", "", " ", "\u3000")))),
        new("string: lone surrogate", Mutation.WithBody, (d, r) =>
        {
            OneSlot(d, r, s => s.Set("@surrogate@"));
            d.Bytes = Utf8(d.Json!.ToJsonString().Replace("@surrogate@", Mutation.Pick(r, "\\ud800", "\\udfff\\ud800", "a\\udc00"), StringComparison.Ordinal));
        }),
        new("body: larger than the host accepts", Mutation.WithBody, (d, r) => d.Bytes = Utf8("{\"x\":\"" + new string('x', Mutation.Pick(r, 1_100_000, 3_000_000)) + "\"}")),
        new("array: 50,000 elements", Mutation.WithBody, (d, r) => d.Bytes = Utf8(HugeArray(d, r))),
        new("body: deeply nested", Mutation.WithBody, (d, r) => d.Bytes = Utf8(Deep(r))),
        new("body: malformed JSON", Mutation.WithBody, Malformed),
        new("body: invalid UTF-8", Mutation.WithBody, (d, r) => d.Bytes = [.. Utf8("{\"x\":\""), .. Mutation.Pick<byte[]>(r, [0xFF, 0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE4, 0xB8]), .. Utf8("\"}")]),
        new("body: byte order mark", Mutation.WithBody, (d, _) => d.Bytes = [0xEF, 0xBB, 0xBF, .. Utf8(d.Json?.ToJsonString() ?? "null")]),
    ];

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static void OneSlot(RequestDraft d, Random r, Action<JsonSlots.Slot> change)
    {
        var slots = JsonSlots.All(d.Json);
        if (slots.Count == 0)
        {
            d.Json = new JsonObject { ["x"] = 1 };
            slots = JsonSlots.All(d.Json);
        }

        change(slots[r.Next(slots.Count)]);
    }

    private static void OneObject(RequestDraft d, Random r, Action<JsonObject> change)
    {
        var objects = JsonSlots.Objects(d.Json);
        if (objects.Count == 0)
        {
            d.Json = new JsonObject();
            objects = [d.Json.AsObject()];
        }

        change(objects[r.Next(objects.Count)]);
    }

    // JsonObject cannot hold a name twice, so the duplicate is written into the text.
    private static void Duplicate(RequestDraft d, Random r)
    {
        var text = d.Json?.ToJsonString() ?? "{}";
        var first = (d.Json as JsonObject)?.FirstOrDefault().Key ?? "x";
        d.Bytes = text.StartsWith('{') && text.Length > 2
            ? Utf8($"{{\"{first}\":{Mutation.Pick(r, "\"dup\"", "1", "null", "[]")},{text[1..]}")
            : Utf8("{\"x\":1,\"x\":2}");
    }

    private static string HugeArray(RequestDraft d, Random r)
    {
        var many = "[" + string.Join(',', Enumerable.Repeat(Mutation.Pick(r, "\"x\"", "{}", "1"), 50_000)) + "]";
        var o = (d.Json as JsonObject)?.FirstOrDefault(p => p.Value is JsonArray).Key;
        return o is null ? many : d.Json!.ToJsonString().Replace($"\"{o}\":[", $"\"{o}\":{many[..^1]},", StringComparison.Ordinal);
    }

    private static string Deep(Random r)
    {
        var depth = Mutation.Pick(r, 65, 200, 10_000, 100_000);
        return Mutation.Pick(r, true, false)
            ? "{\"x\":" + new string('[', depth) + new string(']', depth) + "}"
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    private static void Malformed(RequestDraft d, Random r)
    {
        var text = d.Json?.ToJsonString() ?? "{}";
        d.Bytes = Utf8(Mutation.Pick(r,
            text[..(text.Length / 2)],
            text.EndsWith('}') ? text[..^1] + ",}" : text + ",",
            text.Replace('"', '\''),
            "/* c */" + text,
            "{\"x\": NaN}",
            "{x: 1}",
            "}{",
            "{",
            text + text,
            "\0"));
    }
}
