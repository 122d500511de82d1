namespace Supervision.Host.Tests.Fuzz;

/// <summary>Path parameters that are not ids: whitespace, unicode, control characters, very long, dots and slashes, ids of the wrong kind.</summary>
public static class PathMutations
{
    public static IEnumerable<Mutation> All { get; } =
    [
        new("id: whitespace", Mutation.WithPathParameter, (d, r) => Replace(d, r, Mutation.Pick(r, "%20", "%09", "%20%20%20", "%0A", "%0D%0A", "%C2%A0", "%E3%80%80", "%E2%80%8B", "+", "%20{id}", "{id}%20"))),
        new("id: unicode", Mutation.WithPathParameter, (d, r) => Replace(d, r, Mutation.Pick(r, Escape("审计督办"), Escape("😀"), Escape("\u202Eabc"), Escape("e\u0301"), Escape("ｆａ"), "审计", "{id}" + Escape("中")))),
        new("id: control characters", Mutation.WithPathParameter, (d, r) => Replace(d, r, Mutation.Pick(r, "%00", "%01", "%7F", "a%00b", "%1B%5B31m", "{id}%00"))),
        new("id: very long", Mutation.WithPathParameter, (d, r) => Replace(d, r, new string(Mutation.Pick(r, 'a', '-', '~'), Mutation.Pick(r, 64, 300, 5_000, 20_000)))),
        new("id: odd", Mutation.WithPathParameter, (d, r) => Replace(d, r, Mutation.Pick(r,
            "..", ".", "%2E%2E", "%2F", "a%2Fb", "~", "{id}~", "~{id}", "{id}~x~y", "%25", "%FF", "%C0%AF", "'", "%22", "%3Cscript%3E", "null", "0", "-1",
            "%3F", "%23", "{ID}", "{id}.", "{id};x=1", "%7B%7D"))),
        new("id: another kind's id", Mutation.WithPathParameter, (d, r) => Replace(d, r, "{other}")),
        new("number: odd", o => o.PathParameters.Contains("number"), (d, r) =>
        {
            d.Segments[d.SegmentOf("number")] = Mutation.Pick(r, "-1", "0", "2147483648", "99999999999999999999", "abc", "1.5", "%20", "0x10", "+1", "1%00", "%EF%BC%91");
        }),
    ];

    private static string Escape(string text) => Uri.EscapeDataString(text);

    private static void Replace(RequestDraft d, Random r, string value)
    {
        var parameter = d.Operation.PathParameters[r.Next(d.Operation.PathParameters.Count)];
        var index = d.SegmentOf(parameter);
        if (index >= 0)
        {
            // {id} stands for the real id the request was aimed at, {ID} for it upper-cased, {other} for an id of another kind.
            var real = Uri.EscapeDataString(d.PathValues.GetValueOrDefault(parameter, "x"));
            d.Segments[index] = value
                .Replace("{id}", real, StringComparison.Ordinal)
                .Replace("{ID}", real.ToUpperInvariant(), StringComparison.Ordinal)
                .Replace("{other}", Uri.EscapeDataString(d.OtherId), StringComparison.Ordinal);
        }
    }
}
