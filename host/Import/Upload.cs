using Microsoft.Net.Http.Headers;
using Supervision.Engine.Errors;

namespace Supervision.Host.Import;

/// <summary>
/// The uploaded document: the one file of a multipart form, or the raw body of a text, Word, Excel, PDF or scanned image request
/// (named by <c>?name=</c>). The stream is read later, within the import limits.
/// </summary>
public sealed record Upload(Stream Content, string FileName)
{
    private static readonly Dictionary<string, string> RawTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = "upload.txt",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "upload.docx",
        ["application/pdf"] = "upload.pdf",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = "upload.xlsx",
        ["image/png"] = "upload.png",
        ["image/jpeg"] = "upload.jpg",
        ["image/tiff"] = "upload.tif",
        ["application/octet-stream"] = "upload",
    };

    public static string AcceptedTypes => "multipart/form-data, " + string.Join(", ", RawTypes.Keys);

    /// <summary>The upload, or null when the content type is none of <see cref="AcceptedTypes"/>.</summary>
    public static async Task<Upload?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasFormContentType)
        {
            var file = await OneFileAsync(request, cancellationToken);
            return new Upload(file.OpenReadStream(), Named(file.FileName, "upload"));
        }

        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        return type is not null && RawTypes.TryGetValue(type, out var fallback)
            ? new Upload(request.Body, Named(request.Query["name"].ToString(), fallback))
            : null;
    }

    /// <summary>The one file of a multipart form; a form that cannot be read or holds another number of files is refused.</summary>
    internal static async Task<IFormFile> OneFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A form without its boundary, or with broken parts, is the client's mistake: say so, never 500.
            throw SupervisionException.Invalid("import.bad_form", $"The multipart form cannot be read: {e.Message}", "Content-Type");
        }

        return form.Files.Count == 1
            ? form.Files[0]
            : throw SupervisionException.Invalid("import.no_file", $"Send exactly one file in the form; {form.Files.Count} were sent.", "file");
    }

    // Only the last path segment, printable, bounded: the name is shown back and stored, never used as a path.
    internal static string Named(string? name, string fallback)
    {
        var leaf = Path.GetFileName((name ?? "").Replace('\\', '/')).Trim();
        var printable = new string([.. leaf.Where(c => !char.IsControl(c))]);
        return printable.Length == 0 ? fallback : printable[..Math.Min(printable.Length, 200)];
    }
}
