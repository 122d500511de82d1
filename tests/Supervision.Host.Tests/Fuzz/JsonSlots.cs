using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>The places in a JSON body where a value sits (an object's member or an array's element), to break one of them.</summary>
public static class JsonSlots
{
    public sealed record Slot(JsonNode Parent, string? Member, int Index)
    {
        public JsonNode? Value => Member is not null ? Parent.AsObject()[Member] : Parent.AsArray()[Index];

        public void Set(JsonNode? value)
        {
            if (Member is not null)
            {
                Parent.AsObject()[Member] = value;
            }
            else
            {
                Parent.AsArray()[Index] = value;
            }
        }
    }

    public static List<Slot> All(JsonNode? root)
    {
        var slots = new List<Slot>();
        Walk(root, slots);
        return slots;
    }

    public static List<JsonObject> Objects(JsonNode? root) =>
        [.. All(root).Select(s => s.Value).OfType<JsonObject>().Prepend(root as JsonObject).OfType<JsonObject>()];

    /// <summary>A value of another JSON type than the one given: a number for a string, a string for a number, and so on.</summary>
    public static JsonNode? WrongTyped(JsonNode? value, Random random) => value?.GetValueKind() switch
    {
        JsonValueKind.String => Mutation.Pick<JsonNode?>(random, 42, true, new JsonArray(), new JsonObject(), -1.5),
        JsonValueKind.Number => Mutation.Pick<JsonNode?>(random, "abc", "42", true, new JsonArray(), new JsonObject()),
        JsonValueKind.True or JsonValueKind.False => Mutation.Pick<JsonNode?>(random, "yes", 1, new JsonObject()),
        JsonValueKind.Array => Mutation.Pick<JsonNode?>(random, "x", 1, new JsonObject(), false),
        JsonValueKind.Object => Mutation.Pick<JsonNode?>(random, "x", 1, new JsonArray(), true),
        _ => Mutation.Pick<JsonNode?>(random, "x", 1, new JsonArray(), new JsonObject()),
    };

    private static void Walk(JsonNode? node, List<Slot> slots)
    {
        if (node is JsonObject o)
        {
            foreach (var (name, value) in o.ToList())
            {
                slots.Add(new Slot(o, name, -1));
                Walk(value, slots);
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                slots.Add(new Slot(a, null, i));
                Walk(a[i], slots);
            }
        }
    }
}
