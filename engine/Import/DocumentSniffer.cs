namespace Supervision.Engine.Import;

/// <summary>Tells the format from magic bytes: <c>%PDF-</c>, a zip (<c>PK\3\4</c>: .xlsx or .docx by its parts), an OLE container, or else text.</summary>
internal static class DocumentSniffer
{
    public static DocumentKind Sniff(byte[] bytes, string fileName)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            // Part names are stored in the clear in every local header: a workbook has xl/, a Word file word/.
            var all = bytes.AsSpan();
            return all.IndexOf("xl/workbook.xml"u8) >= 0 && all.IndexOf("word/document.xml"u8) < 0 ? DocumentKind.Xlsx : DocumentKind.Docx;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // Word wraps a password-protected .docx in an OLE container with an EncryptionInfo stream.
            var encrypted = bytes.AsSpan().IndexOf("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0"u8) >= 0;
            throw encrypted
                ? new ImportException(ImportErrorCodes.Encrypted, $"{fileName} is password-protected; remove the protection and import it again.")
                : new ImportException(ImportErrorCodes.NotADocument, $"{fileName} is an old binary Office file; save it as .docx or .xlsx and import that.");
        }

        return DocumentKind.Text;
    }
}
