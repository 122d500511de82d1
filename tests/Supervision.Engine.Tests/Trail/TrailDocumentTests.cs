using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public sealed class TrailDocumentTests
{
    private static readonly DateTimeOffset ExportedAt = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    // Payload text with spacing, nesting and Chinese exactly as a grain might have stored it.
    private static TrailDocument Sample() => new("item 3.2 新增就业", ExportedAt, TrailChain.Build(
        ("item-3.2", """{"target": 460000, "unit":"人", "notes":["首次", "调度"]}"""),
        ("assignment-3.2-hrss", """{"acknowledged_by":"李四"}"""),
        ("item-3.2", """ "a bare string payload" """.Trim()),
        ("item-3.2", """{"evidence":{"files":[],"checked":true,"ratio":0.055}}""")));

    [Fact]
    public void A_document_survives_export_and_import_exactly_and_still_verifies()
    {
        var document = Sample();

        var json = document.ToJson();
        var imported = TrailDocument.Parse(json);

        Assert.Equal(document.Subject, imported.Subject);
        Assert.Equal(document.ExportedAt, imported.ExportedAt);
        Assert.Equal(document.Events, imported.Events);
        Assert.True(imported.Verify().Intact);
        Assert.Contains("\"format\": \"supervision-trail/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"payload\": {\"target\": 460000", json, StringComparison.Ordinal);
        Assert.Contains("\"prev_hash\": \"0000", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_edited_in_the_exported_file_is_detected_at_its_event()
    {
        var json = Sample().ToJson().Replace("\"李四\"", "\"王五\"", StringComparison.Ordinal);

        var fault = TrailDocument.Parse(json).Verify().FirstFault;

        Assert.Equal(("assignment-3.2-hrss", 1L, 20L), (fault?.StreamId, fault?.Version, fault?.Position));
    }

    [Fact]
    public void An_event_removed_from_the_exported_file_is_detected()
    {
        var document = Sample();
        var cut = document with { Events = [.. document.Events.Where(e => e.Position != 30)] };

        var fault = TrailDocument.Parse(cut.ToJson()).Verify().FirstFault;

        Assert.Equal(("item-3.2", 3L), (fault?.StreamId, fault?.Version));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{"format":"supervision-trail/9","subject":"x","exported_at":"2022-06-01T09:00:00Z","events":[]}""", "only 'supervision-trail/1'")]
    [InlineData("""{"format":"supervision-trail/1","subject":"x","exported_at":"2022-06-01T09:00:00Z"}""", "no 'events' array")]
    [InlineData("""{"format":"supervision-trail/1","subject":"x","exported_at":"2022-06-01T09:00:00Z","events":[{"stream_id":"a","version":"one","payload":{},"actor":{"user":"u","role":"agency"}}]}""", "events[0].version is missing or not an integer")]
    [InlineData("""{"format":"supervision-trail/1","subject":"x","exported_at":"yesterday","events":[]}""", "document.exported_at")]
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
}
