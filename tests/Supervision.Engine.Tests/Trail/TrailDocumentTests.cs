using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public sealed class TrailDocumentTests
{
    private static readonly DateTimeOffset ExportedAt = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string, string)[] Events =
    [
        ("item-3.2", """{"target": 460000, "unit":"人", "notes":["首次", "调度"]}"""),
        ("assignment-3.2~hrss", """{"acknowledged_by":"李四"}"""),
        ("item-3.2", """ "a bare string payload" """.Trim()),
        ("item-3.2", """{"evidence":{"files":[],"checked":true,"ratio":0.055}}"""),
    ];

    // Payload text with spacing, nesting and Chinese exactly as a grain might have stored it.
    private static TrailDocument Sample() =>
        new("item 3.2 新增就业", ExportedAt, TrailChain.Build(Events)) { Scope = TrailScope.Item("3.2") };

    [Fact]
    public void A_document_survives_export_and_import_and_still_verifies()
    {
        var document = Sample();

        var json = document.ToJson();
        var imported = TrailDocument.Parse(json);

        Assert.Equal(document.Subject, imported.Subject);
        Assert.Equal(document.ExportedAt, imported.ExportedAt);
        Assert.Equal(document.Scope, imported.Scope);
        Assert.Equal(document.Events, imported.Events);
        Assert.True(imported.Verify().Intact);
        Assert.Contains("\"format\": \"supervision-trail/2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"prev_hash\": \"0000", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_re_saved_pretty_printed_u_escaped_and_reordered_by_another_tool_still_verifies()
    {
        var resaved = Reordered(JsonNode.Parse(Sample().ToJson())!)!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 4,
            Encoder = JavaScriptEncoder.Default, // escapes every non-ASCII character as \uXXXX
        });

        var verification = TrailDocument.Parse(resaved).Verify();

        Assert.Contains("\\u674E\\u56DB", resaved, StringComparison.Ordinal); // 李四, escaped
        Assert.DoesNotContain("李四", resaved, StringComparison.Ordinal);
        Assert.Equal(new TrailVerification(true, 4, 2, null), verification);
    }

    [Fact]
    public void A_value_edited_in_the_exported_file_is_detected_at_its_event()
    {
        var json = Sample().ToJson().Replace("\"李四\"", "\"王五\"", StringComparison.Ordinal);

        var fault = TrailDocument.Parse(json).Verify().FirstFault;

        Assert.Equal(("assignment-3.2~hrss", 1L, 20L), (fault?.StreamId, fault?.Version, fault?.Position));
    }

    [Fact]
    public void An_event_removed_from_the_exported_file_is_detected()
    {
        var document = Sample();
        var cut = document with { Events = [.. document.Events.Where(e => e.Position != 30)] };

        var fault = TrailDocument.Parse(cut.ToJson()).Verify().FirstFault;

        Assert.Equal(("item-3.2", 3L), (fault?.StreamId, fault?.Version));
    }

    [Fact]
    public void A_stream_of_another_item_in_an_item_export_is_reported()
    {
        var document = new TrailDocument("item 3.2", ExportedAt, TrailChain.Build(Events[0], ("item-9.9", "{}"))) { Scope = TrailScope.Item("3.2") };

        var fault = document.Verify().FirstFault;

        Assert.Equal("item-9.9", fault?.StreamId);
        Assert.Contains("does not belong", fault?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_whole_log_export_removing_a_streams_newest_event_breaks_the_log_chain()
    {
        var chain = TrailChain.Build(("a", "{}"), ("b", "{}"), ("a", """{"n":2}"""), ("b", """{"n":2}"""));
        var document = new TrailDocument("whole log", ExportedAt, [chain[0], chain[1], chain[3]]) { Scope = TrailScope.WholeLog };

        var fault = TrailDocument.Parse(document.ToJson()).Verify().FirstFault;

        Assert.Equal((40L, "b"), (fault?.Position, fault?.StreamId));
        Assert.Contains("log chain", fault?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_of_the_first_format_still_verifies_with_the_first_formats_hash()
    {
        var legacy = new TrailDocument("item 3.2", ExportedAt, TrailChain.Build(LegacyTrailHash.Compute, Events)) { Scope = TrailScope.Item("3.2") };
        var json = legacy.ToJson();

        var asFirst = TrailDocument.Parse(json.Replace("supervision-trail/2", "supervision-trail/1", StringComparison.Ordinal));
        var asSecond = TrailDocument.Parse(json);

        Assert.True(asFirst.IsLegacy);
        Assert.True(asFirst.Verify().Intact);
        Assert.False(asSecond.Verify().Intact);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{"format":"supervision-trail/9","subject":"x","exported_at":"2022-06-01T09:00:00Z","events":[]}""", "only 'supervision-trail/2'")]
    [InlineData("""{"format":"supervision-trail/2","subject":"x","exported_at":"2022-06-01T09:00:00Z"}""", "no 'events' array")]
    [InlineData("""{"format":"supervision-trail/2","subject":"x","exported_at":"2022-06-01T09:00:00Z","events":[]}""", "no events")]
    [InlineData("""{"format":"supervision-trail/1","subject":"x","exported_at":"2022-06-01T09:00:00Z","events":[]}""", "not a trail")]
    [InlineData("""{"format":"supervision-trail/2","subject":"x","exported_at":"2022-06-01T09:00:00Z","events":[{"stream_id":"a","version":"one","payload":{},"actor":{"user":"u","role":"agency"}}]}""", "events[0].version is missing or not an integer")]
    [InlineData("""{"format":"supervision-trail/2","subject":"x","exported_at":"yesterday","events":[{"stream_id":"a","version":1,"position":1,"type":"t","payload":{},"actor":{"user":"u","role":"agency"},"at":"2022-06-01T09:00:00Z","prev_hash":"0","hash":"0","log_hash":"0"}],"scope":{"kind":"log"}}""", "document.exported_at")]
    public void Malformed_documents_are_refused_with_a_message_naming_the_problem(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TrailDocument.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_64_megabytes_is_refused_unread()
    {
        var error = Assert.Throws<FormatException>(() => TrailDocument.Parse(new string(' ', TrailDocument.MaxBytes + 1)));

        Assert.Contains("64 MB", error.Message, StringComparison.Ordinal);
    }

    // Members in reverse order at every level, as a tool that does not keep member order might write them.
    private static JsonNode? Reordered(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reordered(p.Value?.DeepClone())))),
        JsonArray a => new JsonArray([.. a.Select(i => Reordered(i?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
