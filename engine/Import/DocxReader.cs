using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Engine.Import;

/// <summary>Extracts a .docx body in order: each paragraph a line, each table through <see cref="DocxTable"/>.</summary>
internal static class DocxReader
{
    public static string Read(byte[] bytes, ImportLimits limits, CancellationToken cancellation)
    {
        ZipPackageGuard.Check(bytes, limits, cancellation);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ImportException(ImportErrorCodes.Empty, "The Word document has no body.");
            var text = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                cancellation.ThrowIfCancellationRequested();
                if (element is Paragraph paragraph)
                {
                    text.Append(TextOf(paragraph)).Append('\n');
                }
                else if (element is Table table)
                {
                    DocxTable.Render(table, text);
                }

                if (text.Length > limits.MaxTextChars)
                {
                    throw new ImportException(ImportErrorCodes.TooLarge, $"The document holds more than {limits.MaxTextChars} characters of text.");
                }
            }

            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException)
        {
            throw new ImportException(ImportErrorCodes.NotADocument, "The Word document is damaged and cannot be read.", e);
        }
    }

    /// <summary>A paragraph's text; tabs and line breaks inside it become spaces and newlines.</summary>
    public static string TextOf(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
