using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Import;

/// <summary>Documents to import and the calls that upload them, for the import tests.</summary>
internal static class Uploads
{
    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed.txt");

    public static byte[] Seed => File.ReadAllBytes(SeedPath);

    /// <summary>The seed as a Word document, one paragraph per line, as a coordinator's office would hold it.</summary>
    public static byte[] SeedDocx() => Docx(File.ReadAllLines(SeedPath));

    /// <summary>A Word document of these lines, one paragraph each.</summary>
    public static byte[] Docx(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
        }

        return stream.ToArray();
    }

    /// <summary>A .docx-shaped zip with one part that unpacks to 8 MB of zeros.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8.ToArray());
            Add(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"u8.ToArray());
            Add(zip, "word/media/zeros.bin", new byte[8 * 1024 * 1024]);
        }

        return stream.ToArray();
    }

    /// <summary>Uploads as a browser form does (multipart, field <c>file</c>).</summary>
    public static async Task<(int Status, JsonElement Body)> UploadAsync(this HttpClient client, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(bytes);
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync("/api/v1/imports", form);
        return await ReadAsync(response);
    }

    /// <summary>Uploads the raw bytes with a content type and <c>?name=</c>.</summary>
    public static async Task<(int Status, JsonElement Body)> UploadRawAsync(this HttpClient client, byte[] bytes, string contentType, string fileName)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await client.PostAsync($"/api/v1/imports?name={Uri.EscapeDataString(fileName)}", content);
        return await ReadAsync(response);
    }

    /// <summary>Uploads the seed and returns the draft id, asserting it was accepted.</summary>
    public static async Task<string> UploadSeedAsync(this HttpClient client)
    {
        var (status, body) = await client.UploadAsync(Seed, "seed.txt");
        Assert.True(status == 201, body.ToString());
        return body.Str("id");
    }

    public static IEnumerable<JsonElement> Items(this JsonElement draftResponse) =>
        draftResponse.GetProperty("draft").GetProperty("items").EnumerateArray();

    private static async Task<(int, JsonElement)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
