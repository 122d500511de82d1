using System.Security;

namespace Supervision.Engine.Tests.Import.Office;

/// <summary>
/// Writes a plan's text as a flat OpenDocument file with a running head and page numbers (<c>— 3 —</c>) in the footer,
/// the page furniture a printed plan carries, for LibreOffice to lay out on A4 pages.
/// </summary>
internal static class FlatOdt
{
    public static string Write(string text, string runningHead, string pageNumber, string path)
    {
        var paragraphs = string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => $"<text:p>{SecurityElement.Escape(l)}</text:p>\n"));
        var number = pageNumber.Replace("N", "<text:page-number text:select-page=\"current\">1</text:page-number>", StringComparison.Ordinal);
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:xsl-fo-compatible:xmlns:xsl-fo:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:automatic-styles><style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
            <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm"><style:header><text:p>{SecurityElement.Escape(runningHead)}</text:p></style:header><style:footer><text:p>{number}</text:p></style:footer></style:master-page></office:master-styles>
            <office:body><office:text>{paragraphs}</office:text></office:body></office:document>
            """);
        return path;
    }
}
