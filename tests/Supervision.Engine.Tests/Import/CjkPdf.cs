using System.Globalization;
using System.Text;

namespace Supervision.Engine.Tests.Import;

/// <summary>
/// Writes a PDF 1.7 whose pages show lines of Chinese and ASCII text, as a word processor's export does:
/// a Type0 font with Identity-H encoding, a 2-byte code per distinct character and a ToUnicode CMap that
/// maps the codes back to Unicode. The font program is not embedded (text extraction never needs it), so
/// no CJK font file is required. Each page carries a centred page number, drawn before the text so that
/// a reader cannot rely on drawing order.
/// Used only by tests.
/// </summary>
internal static class CjkPdf
{
    public const double FontSize = 12;
    private const double Left = 72, Top = 770, Leading = 16;
    private const int LinesPerPage = 45;

    /// <summary>Breaks <paramref name="paragraph"/> into lines of at most <paramref name="ems"/> ems, the
    /// way a typesetter fills a line: CJK and full-width characters are 1 em wide, ASCII is half an em.</summary>
    public static IEnumerable<string> Wrap(string paragraph, double ems = 38)
    {
        var line = new StringBuilder();
        var width = 0.0;
        foreach (var rune in paragraph.EnumerateRunes())
        {
            var w = Ems(rune);
            if (width + w > ems && line.Length > 0)
            {
                yield return line.ToString();
                (line, width) = (new StringBuilder(), 0);
            }

            line.Append(rune.ToString());
            width += w;
        }

        yield return line.ToString();
    }

    /// <summary>A PDF of <paramref name="lines"/>, top-down, one <c>Tj</c> per line, 45 lines a page.</summary>
    public static byte[] Write(IReadOnlyList<string> lines)
    {
        var pages = lines.Chunk(LinesPerPage).ToList();
        var footers = pages.Select((_, i) => $"— {i + 1} —").ToList();
        var codes = new Dictionary<Rune, int>();
        foreach (var rune in lines.Concat(footers).SelectMany(l => l.EnumerateRunes()))
        {
            codes.TryAdd(rune, codes.Count + 1);
        }

        // Objects: 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 ToUnicode, then page + content pairs.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{7 + (2 * i)} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                + $"/FontDescriptor 5 0 R /CIDToGIDMap /Identity /DW 1000 /W [1 [{string.Join(' ', codes.OrderBy(c => c.Value).Select(c => (int)(Ems(c.Key) * 1000)))}]] >>",
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
            Stream(ToUnicode(codes)),
        };

        string Show(string line, double x, double y) => string.Create(CultureInfo.InvariantCulture,
            $"BT /F1 {FontSize} Tf 1 0 0 1 {x} {y} Tm <{string.Concat(line.EnumerateRunes().Select(r => codes[r].ToString("X4", CultureInfo.InvariantCulture)))}> Tj ET\n");
        foreach (var (page, footer) in pages.Zip(footers))
        {
            // The page number is centred under the text, as GB/T 9704 prints it.
            var content = new StringBuilder(Show(footer, (595 - (footer.EnumerateRunes().Sum(Ems) * FontSize)) / 2, 50));
            for (var i = 0; i < page.Length; i++)
            {
                content.Append(Show(page[i], Left, Top - (i * Leading)));
            }

            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count + 2} 0 R >>");
            objects.Add(Stream(content.ToString()));
        }

        return Assemble(objects);
    }

    private static double Ems(Rune rune) => rune.Value < 0x80 ? 0.5 : 1;

    private static string ToUnicode(Dictionary<Rune, int> codes)
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        // bfchar entries, at most 100 to a block as the CMap syntax requires; the destination is UTF-16BE.
        foreach (var block in codes.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var (rune, code) in block)
            {
                var utf16 = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(rune.ToString()));
                map.Append(CultureInfo.InvariantCulture, $"<{code:X4}> <{utf16}>\n");
            }

            map.Append("endbfchar\n");
        }

        return map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }

    private static string Stream(string content) => $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    private static byte[] Assemble(List<string> objects)
    {
        var pdf = new MemoryStream();
        void Put(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Put("%PDF-1.7\n");
        pdf.Write([0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]); // a binary comment marks the file as binary for transfer tools
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Put($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => Put($"{o:D10} 00000 n \n"));
        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
