using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// The matrix is checked against the API the host describes: every operation of <c>/openapi/v1.json</c> has a row, so a
/// new route without a row fails here instead of going untested for least privilege.
/// </summary>
public partial class AuthorizationMatrixTests
{
    // Anyone may call these (signing in and out); OpenApiDescriptionTests and the sign-in tests hold them.
    private static readonly string[] OpenToAnyone = ["signIn", "signOut"];

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_operation_the_host_describes_has_a_row_and_every_row_calls_a_described_operation()
    {
        var (status, document) = await host.Anonymous.GetJsonAsync("/openapi/v1.json");
        Assert.Equal(200, status);
        var operations = Operations(document).Where(o => !OpenToAnyone.Contains(o.Id)).ToList();

        var calls = Endpoints.Select(e => (Row: e, Operation: Best(e, operations))).ToList();

        var missing = operations.Where(o => !calls.Any(c => c.Operation == o)).Select(o => $"{o.Method} {o.Path} ({o.Id})");
        var stray = calls.Where(c => c.Operation is null).Select(c => $"{c.Row.Method} {c.Row.Path}");
        Assert.True(operations.Count >= 80, $"only {operations.Count} operations were read from the document");
        Assert.True(!missing.Any(), "operations without a row in the authorization matrix:\n" + string.Join('\n', missing));
        Assert.True(!stray.Any(), "rows that call no operation the host describes:\n" + string.Join('\n', stray));
    }

    private static IEnumerable<(string Method, string Path, string Id)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name))
            .Select(o => (o.Name.ToUpperInvariant(), path.Name, o.Value.Str("operationId"))));

    /// <summary>The operation a row calls: the same method and as many segments, literal segments equal; the most literal wins.</summary>
    private static (string Method, string Path, string Id)? Best(Endpoint row, IEnumerable<(string Method, string Path, string Id)> operations)
    {
        var called = row.Path.Split('?')[0].Split('/');
        return operations
            .Where(o => o.Method == row.Method)
            .Select(o => (Operation: o, Template: o.Path.Split('/')))
            .Where(x => x.Template.Length == called.Length && x.Template.Zip(called).All(p => IsParameter(p.First) || p.First == p.Second))
            .OrderBy(x => x.Template.Count(IsParameter))
            .Select(x => ((string, string, string)?)x.Operation)
            .FirstOrDefault();
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
