namespace Supervision.Host.OpenApi;

/// <summary>
/// Marks an endpoint outside <c>/api</c> that signs its caller in and refuses them itself (401/403 as problem+json)
/// rather than through the authorization middleware, whose challenge outside <c>/api</c> is the sign-in page. The
/// document describes it as needing a signed-in caller, like the API's own endpoints.
/// </summary>
public sealed class ChecksItsCaller
{
    public static ChecksItsCaller Instance { get; } = new();
}
