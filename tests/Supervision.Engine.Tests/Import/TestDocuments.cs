using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Supervision.Engine.Tests.Import;

/// <summary>Builds .docx, .pdf and hostile files in memory for the reader tests.</summary>
internal static class TestDocuments
{
    public static byte[] Docx(IEnumerable<string> paragraphs, Table? table = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
            if (table is not null)
            {
                body.Append(table);
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static Table Table(params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))))));

    public static byte[] LatinPdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(40, y), font);
            y -= 18;
        }

        return builder.Build();
    }

    /// <summary>A PDF whose trailer names an encryption dictionary (the one readers must refuse).</summary>
    public static byte[] EncryptedPdf()
    {
        var text = System.Text.Encoding.Latin1.GetString(LatinPdf("secret"));
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        text = text.Insert(open + 2, " /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >> ");
        return System.Text.Encoding.Latin1.GetBytes(text);
    }

    /// <summary>A valid-looking .docx with one part that unpacks to <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8.ToArray());
            Write(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"u8.ToArray());
            Write(zip, "word/media/zeros.bin", new byte[megabytes * 1024 * 1024]);
        }

        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
