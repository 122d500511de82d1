using System.Text;
using Supervision.Engine.Trail.Canonical;

namespace Supervision.Engine.Tests.Trail.Canonical;

/// <summary>RFC 8785's own examples (§3.2.2, §3.2.3) and the refusals the scheme requires.</summary>
public sealed class CanonicalJsonTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(CanonicalJson.Canonicalize(json));

    [Fact]
    public void The_rfc_8785_example_canonicalises_to_the_rfcs_output()
    {
        var input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50,
                          2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        Assert.Equal(
            """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""",
            Canonical(input));
    }

    [Fact]
    public void Members_are_sorted_by_utf16_code_units_as_in_the_rfcs_sorting_example()
    {
        var input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        var values = System.Text.Json.JsonDocument.Parse(Canonical(input)).RootElement.EnumerateObject().Select(p => p.Value.GetString());

        Assert.Equal(
            ["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"],
            values);
    }

    [Fact]
    public void Nested_objects_are_sorted_and_whitespace_dropped()
    {
        Assert.Equal("""{"a":{"x":[1,{"c":2,"d":3}],"y":"z"},"b":[]}""", Canonical("""{ "b" : [ ], "a" : { "y" : "z", "x" : [ 1, { "d" : 3, "c" : 2 } ] } }"""));
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""", "twice")]
    [InlineData("\"\\ud800\"", "surrogate")]
    [InlineData("1e400", "range")]
    [InlineData("-1e-400", "too small")]
    [InlineData("{not json", "Not valid JSON")]
    public void Json_without_a_canonical_form_is_refused_saying_why(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CanonicalJson.Canonicalize(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
