using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Host.OpenApi;

/// <summary>
/// Every operation states how to sign in for it (cookie or bearer; optional where anyone may call it) and lists the
/// problem+json answers it may give: 400 always; 401 and 403 when signed in; 404 when it names something;
/// 409 for commands; 413 for bodies; 503 while the engine restarts; and any an endpoint declares itself (429 at sign-in).
/// </summary>
public sealed class OperationConventions : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !(metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<ChecksItsCaller>().Any());
        var method = description.HttpMethod ?? "GET";
        var command = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        var takesBody = operation.RequestBody is not null || metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>().Any();
        var document = context.Document;

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentConventions.Cookie, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentConventions.Bearer, document)] = [] },
        ];
        if (anonymous)
        {
            // An empty requirement: signing in is optional here.
            operation.Security.Add(new OpenApiSecurityRequirement());
        }

        var problems = new List<(string Status, string Description)> { ("400", "请求无效 · The request is not valid.") };
        if (!anonymous)
        {
            problems.Add(("401", "请先登录 · Sign in first."));
            problems.Add(("403", "无权操作 · You may not do this."));
        }

        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
        {
            problems.Add(("404", "未找到 · Not found, or not yours to see."));
        }

        if (command)
        {
            problems.Add(("409", "当前状态下不可执行 · Not possible in the current state, or the Idempotency-Key was used for another request."));
        }

        if (takesBody)
        {
            problems.Add(("413", "请求过大 · The request is too large."));
        }

        problems.Add(("503", "服务暂不可用 · The engine is restarting; retry with the same Idempotency-Key."));

        operation.Responses ??= [];
        foreach (var (status, text) in problems)
        {
            operation.Responses[status] = new OpenApiResponse { Description = text };
        }

        // Every refusal, declared here or by the endpoint, is problem+json.
        foreach (var (status, response) in operation.Responses.Where(r => r.Key.Length == 3 && r.Key[0] is '4' or '5').ToList())
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = string.IsNullOrEmpty(response.Description) ? "问题 · A problem." : response.Description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(DocumentConventions.Problem, document) },
                },
            };
        }

        return Task.CompletedTask;
    }
}
