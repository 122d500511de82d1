using System.Text;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public sealed class TrailHashTests
{
    private static readonly Actor Agency = new("u1", Roles.Agency, "a-7");
    private static readonly DateTimeOffset At = new DateTimeOffset(2022, 5, 1, 16, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);

    [Fact]
    public void Canonical_bytes_are_the_documented_json_array()
    {
        var bytes = TrailHash.CanonicalBytes("item-1", 1, "Acknowledged", """{"person":"张三"}""", Agency, At, null);

        Assert.Equal(
            """["item-1",1,"Acknowledged","{\"person\":\"张三\"}","u1","agency","a-7","2022-05-01T08:30:00.1234567Z",null]""",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void The_hash_matches_an_independent_sha256_of_genesis_and_canonical_bytes()
    {
        // Computed outside .NET: sha256("0"*64 + canonical text) with Python's hashlib.
        var bytes = TrailHash.CanonicalBytes("item-1", 1, "Acknowledged", """{"person":"张三"}""", Agency, At, null);

        Assert.Equal("338b00f5c371994ddde2b1296d810622dbaea7adf3101e6e271bff483134e0c9", TrailHash.Compute(TrailHash.Genesis, bytes));
    }

    [Fact]
    public void Control_characters_quotes_and_backslashes_are_escaped_as_rfc_8785_does()
    {
        var bytes = TrailHash.CanonicalBytes("s\"\\", 2, "t\b\t\n\f\r\u0001", "{}", Actor.System, At, "c");

        Assert.StartsWith("""["s\"\\",2,"t\b\t\n\f\r\u0001","{}","system","system",null,""", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
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
