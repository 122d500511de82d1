namespace Supervision.Host.Tests.Fuzz;

/// <summary>Paging that is negative, huge, not a number or given twice; filters with values they do not take; parameters nobody asked for.</summary>
public static class QueryMutations
{
    public static IEnumerable<Mutation> All { get; } =
    [
        new("paging: negative", Mutation.Always, (d, r) => Page(d, r, Mutation.Pick(r, "-1", "-5", "-2147483648"))),
        new("paging: huge", Mutation.Always, (d, r) => Page(d, r, Mutation.Pick(r, "2147483647", "2147483648", "99999999999999999999", "1e309", "9223372036854775807"))),
        new("paging: not a number", Mutation.Always, (d, r) => Page(d, r, Mutation.Pick(r, "abc", "", "1.5", "0x10", "%20", "%EF%BC%91", "NaN", "--1", "1,2", "%00"))),
        new("paging: given twice", Mutation.Always, (d, r) =>
        {
            var name = Mutation.Pick(r, "limit", "offset");
            d.Query.Add((name, "1"));
            d.Query.Add((name, Mutation.Pick(r, "2", "-1", "x")));
        }),
        new("query: odd filter values", o => o.QueryParameters.Any(q => q is not "limit" and not "offset"), (d, r) =>
        {
            var names = d.Operation.QueryParameters.Where(q => q is not "limit" and not "offset").ToArray();
            d.Query.Add((names[r.Next(names.Length)], Mutation.Pick(r, "bogus", "", "%00", "9999-99-99", "-1", "maybe", "2", "InProgress", "in_progress", new string('x', 5000), "%FF", "2026-13-45T99:99:99Z")));
        }),
        new("query: unknown or malformed", Mutation.Always, (d, r) => d.Query.Add(Mutation.Pick(r, ("zz", "1"), ("", "1"), ("a", "%"), ("%FF", "x"), ("x", new string('y', 10_000)), ("api-version", "2"), ("status", "%E2%80%8B")))),
    ];

    private static void Page(RequestDraft d, Random r, string value) =>
        d.Query.Add((d.Operation.QueryParameters.Contains("offset") && r.Next(2) == 0 ? "offset" : Mutation.Pick(r, "limit", "offset"), value));
}
