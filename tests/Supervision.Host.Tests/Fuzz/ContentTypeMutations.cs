namespace Supervision.Host.Tests.Fuzz;

/// <summary>A plausible body under a wrong, odd or missing content type or charset.</summary>
public static class ContentTypeMutations
{
    public static IEnumerable<Mutation> All { get; } =
    [
        new("content type: charset=bogus", Mutation.WithBody, (d, r) => d.ContentType = Mutation.Pick(r, "application/json; charset=bogus", "application/json; charset=\"bogus\"", "application/json; charset=")),
        new("content type: another charset", Mutation.WithBody, (d, r) => d.ContentType = Mutation.Pick(r, "application/json; charset=utf-16", "application/json; charset=iso-8859-1", "application/json; charset=gb18030", "application/json; charset=utf-32", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\"")),
        new("content type: text/plain", Mutation.WithBody, (d, r) => d.ContentType = Mutation.Pick(r, "text/plain", "text/plain; charset=utf-8")),
        new("content type: none", Mutation.WithBody, (d, _) => d.ContentType = null),
        new("content type: other", Mutation.WithBody, (d, r) => d.ContentType = Mutation.Pick(r,
            "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=fuzz", "application/octet-stream",
            "application/problem+json", "application/merge-patch+json", "*/*", "", ";", "application/", "garbage", "application/json; q=2", "application/json; a=b; a=c")),
    ];
}
