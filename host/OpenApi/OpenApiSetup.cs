namespace Supervision.Host.OpenApi;

/// <summary>
/// The API description at <c>/openapi/v1.json</c>: each endpoint names itself (<c>.WithName</c>, <c>.WithSummary</c>);
/// what every operation shares — the security schemes, the problem responses, the title — is added here.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddSupervisionOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<DocumentConventions>();
            o.AddOperationTransformer<OperationConventions>();
        });
}
