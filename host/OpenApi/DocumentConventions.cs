using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Host.OpenApi;

/// <summary>The document's title, its tags (<see cref="DocumentTags"/>), the two ways to sign in (cookie, bearer token), and the problem+json schema every refusal uses.</summary>
public sealed class DocumentConventions : IOpenApiDocumentTransformer
{
    public const string Cookie = "cookie";
    public const string Bearer = "bearer";
    public const string Problem = "ProblemDetails";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Supervision API",
            Version = "v1",
            Description = "督查督办 · Workflow and task supervision: plans, action items, assignments, reviews and the tamper-evident trail. "
                + "Errors are RFC 9457 application/problem+json with a stable code.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "supervision",
            Description = "登录后的会话 · The session cookie set by POST /api/v1/auth/login.",
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "sv_…",
            Description = "API 令牌 · A token from POST /api/v1/users/{username}/tokens or `users token NAME`.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = ProblemSchema();
        DocumentTags.Apply(document);
        return Task.CompletedTask;
    }

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details, with the stable code for programs and the input at fault.",
        Required = new HashSet<string> { "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI naming the kind of problem."),
            ["title"] = Text("A short sentence for people, Chinese first."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
            ["detail"] = Text("What went wrong, for people."),
            ["instance"] = Text("The request the problem is about."),
            ["code"] = Text("A stable code for programs, such as import.duplicate_plan."),
            ["field"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The input at fault, such as items[2].lead." },
            ["plan_id"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The plan a refused import commit names." },
            ["trace_id"] = Text("The request's trace id, for the logs."),
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
