using Microsoft.Net.Http.Headers;
using Supervision.Engine.Agencies.Import;
using Supervision.Engine.Errors;

namespace Supervision.Host.Agencies;

/// <summary>
/// A registry file from a request: the one file of a multipart form, or the raw body of a <c>text/csv</c> or .xlsx
/// request (named by <c>?name=</c>), read whole up to <see cref="RegistryLimits.MaxFileBytes"/>.
/// </summary>
public sealed record RegistryUpload(byte[] Content, string FileName)
{
    private static readonly Dictionary<string, string> RawTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/csv"] = "agencies.csv",
        ["text/plain"] = "agencies.csv",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = "agencies.xlsx",
        ["application/octet-stream"] = "agencies",
    };

    public static string AcceptedTypes => "multipart/form-data, " + string.Join(", ", RawTypes.Keys);

    /// <summary>The upload; null when the content type is not accepted; <see cref="TooLarge"/> when it exceeds the limit.</summary>
    public static async Task<RegistryUpload?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > RegistryLimits.MaxFileBytes + (request.HasFormContentType ? 64 * 1024 : 0))
        {
            return TooLarge;
        }

        if (request.HasFormContentType)
        {
            var formFile = await Import.Upload.OneFileAsync(request, cancellationToken);
            await using var file = formFile.OpenReadStream();
            return await BoundedAsync(file, Import.Upload.Named(formFile.FileName, "agencies"), cancellationToken);
        }

        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        return type is not null && RawTypes.TryGetValue(type, out var fallback)
            ? await BoundedAsync(request.Body, Import.Upload.Named(request.Query["name"].ToString(), fallback), cancellationToken)
            : null;
    }

    /// <summary>The marker of a body over the limit (never committed to, never stored).</summary>
    public static RegistryUpload TooLarge { get; } = new([], "");

    private static async Task<RegistryUpload> BoundedAsync(Stream body, string name, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > RegistryLimits.MaxFileBytes)
            {
                return TooLarge;
            }

            copy.Write(buffer, 0, read);
        }

        return new RegistryUpload(copy.ToArray(), name);
    }
}
