using System.Text;
using Supervision.Engine.Access;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public sealed class TrailHashTests
{
    private static readonly Actor Agency = new("u1", Roles.Agency, "a-7");
    private static readonly DateTimeOffset At = new DateTimeOffset(2022, 5, 1, 16, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);

    private const string Canonical =
        """{"actor":{"agency":"a-7","role":"agency","user":"u1"},"at":"2022-05-01T08:30:00.1234567Z","correlation_id":null,"payload":{"person":"张三"},"stream_id":"item-1","type":"Acknowledged","version":1}""";

    [Fact]
    public void Canonical_bytes_are_the_rfc_8785_form_of_the_event_object()
    {
        var bytes = TrailHash.CanonicalBytes("item-1", 1, "Acknowledged", """{"person":"张三"}""", Agency, At, null);

        Assert.Equal(Canonical, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_payload_re_indented_escaped_and_reordered_has_the_same_canonical_bytes()
    {
        var stored = """{"person":"张三","n":1.50,"tags":["a","b"]}""";
        var resaved = "{\n  \"tags\" : [ \"\\u0061\", \"b\" ],\n  \"n\" : 15e-1,\n  \"person\" : \"\\u5f20\\u4e09\"\n}";

        Assert.Equal(
            TrailHash.CanonicalBytes("item-1", 1, "Noted", stored, Agency, At, null),
            TrailHash.CanonicalBytes("item-1", 1, "Noted", resaved, Agency, At, null));
    }

    [Fact]
    public void A_changed_value_changes_the_canonical_bytes()
    {
        Assert.NotEqual(
            TrailHash.CanonicalBytes("item-1", 1, "Noted", """{"n":1.5}""", Agency, At, null),
            TrailHash.CanonicalBytes("item-1", 1, "Noted", """{"n":1.6}""", Agency, At, null));
    }

    [Fact]
    public void The_hash_and_the_log_hash_match_an_independent_sha256()
    {
        // Computed outside .NET: Python's json.dumps(sort_keys=True, separators=(',',':'), ensure_ascii=False) and hashlib.
        var bytes = TrailHash.CanonicalBytes("item-1", 1, "Acknowledged", """{"person":"张三"}""", Agency, At, null);
        var hash = TrailHash.Compute(TrailHash.Genesis, bytes);

        Assert.Equal("a40d97b455c66d1228d2fdadf21d673e5074c3794c121ce104d2b17e873314c0", hash);
        Assert.Equal("4f00d7d675f9cfd0d93682e441556d724066313f274b0ad343ddb0061342fdca", TrailHash.Log(TrailHash.Genesis, hash));
    }

    [Fact]
    public void The_first_formats_hash_is_kept_for_old_exports()
    {
        // The first format's vector, computed outside .NET with Python's hashlib when that format was current.
        var bytes = LegacyTrailHash.CanonicalBytes("item-1", 1, "Acknowledged", """{"person":"张三"}""", Agency, At, null);

        Assert.Equal(
            """["item-1",1,"Acknowledged","{\"person\":\"张三\"}","u1","agency","a-7","2022-05-01T08:30:00.1234567Z",null]""",
            Encoding.UTF8.GetString(bytes));
        Assert.Equal("338b00f5c371994ddde2b1296d810622dbaea7adf3101e6e271bff483134e0c9", TrailHash.Compute(TrailHash.Genesis, bytes));
    }

    [Fact]
    public void A_payload_without_a_canonical_form_is_refused()
    {
        Assert.Throws<FormatException>(() => TrailHash.CanonicalBytes("item-1", 1, "Noted", """{"a":1,"a":2}""", Agency, At, null));
    }

    [Fact]
    public void Changing_the_version_or_the_previous_hash_changes_the_hash()
    {
        var v1 = TrailHash.CanonicalBytes("item-1", 1, "Noted", "{}", Agency, At, null);
        var v2 = TrailHash.CanonicalBytes("item-1", 2, "Noted", "{}", Agency, At, null);

        Assert.NotEqual(TrailHash.Compute(TrailHash.Genesis, v1), TrailHash.Compute(TrailHash.Genesis, v2));
        Assert.NotEqual(TrailHash.Compute(TrailHash.Genesis, v1), TrailHash.Compute(new string('1', 64), v1));
        Assert.Matches("^[0-9a-f]{64}$", TrailHash.Compute(TrailHash.Genesis, v1));
    }
}
