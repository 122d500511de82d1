namespace Supervision.Host.Tests.Fuzz;

/// <summary>Headers given twice or wrong: Idempotency-Key, Authorization, Accept; other methods on the same path.</summary>
public static class HeaderMutations
{
    public static IEnumerable<Mutation> All { get; } =
    [
        new("idempotency key: given twice", Mutation.Always, (d, r) =>
        {
            var key = $"fz-{r.Next()}";
            d.Headers.Add(("Idempotency-Key", key));
            d.Headers.Add(("Idempotency-Key", Mutation.Pick(r, key, $"fz-{r.Next()}", "")));
        }),
        new("idempotency key: the same request twice", Mutation.Always, (d, r) =>
        {
            d.Headers.Add(("Idempotency-Key", $"fz-twice-{r.Next()}"));
            d.Twice = true;
        }),
        new("idempotency key: odd", Mutation.Always, (d, r) => d.Headers.Add(("Idempotency-Key", Mutation.Pick(r, new string('k', 300), "", " ", "键", "a\tb", "a,b", "\"quoted\"")))),
        new("idempotency key: reused for another request", Mutation.Always, (d, _) => d.Headers.Add(("Idempotency-Key", "fuzz-reused-key"))),
        new("authorization: odd", Mutation.Always, (d, r) =>
        {
            var real = d.Headers.FirstOrDefault(h => h.Name == "Authorization");
            d.Headers.RemoveAll(h => h.Name == "Authorization");
            foreach (var value in Mutation.Pick<string[]>(r,
                ["Bearer "], ["Bearer garbage"], ["Bearer sv_" + new string('0', 48)], ["Basic YWRtaW46YWRtaW4="], ["bearer" + real.Value?[6..]],
                [real.Value ?? "Bearer x", "Bearer garbage"], [(real.Value ?? "Bearer x") + "  x"], ["Bearer " + new string('a', 5000)], ["Negotiate"]))
            {
                d.Headers.Add(("Authorization", value));
            }
        }),
        new("cookie: forged", Mutation.Always, (d, r) => d.Headers.Add(("Cookie", Mutation.Pick(r, ".AspNetCore.Cookies=garbage", ".AspNetCore.Cookies=", "a=b; a=c")))),
        new("accept: odd", Mutation.Always, (d, r) => d.Headers.Add(Mutation.Pick(r, ("Accept", "application/xml"), ("Accept", "*/*;q=abc"), ("Accept-Language", "中文;q=x"), ("Accept-Charset", "bogus"), ("Accept-Encoding", "bogus")))),
        new("method: another one", Mutation.Always, (d, r) => d.Method = Mutation.Pick(r, "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD", "FUZZ", "GET", "POST")),
        new("get: with a body", o => o.Method == "GET", (d, r) =>
        {
            d.HasBody = true;
            d.ContentType = "application/json";
            d.Bytes = System.Text.Encoding.UTF8.GetBytes(Mutation.Pick(r, "{}", "null", "{\"limit\":-1}"));
        }),
    ];
}
