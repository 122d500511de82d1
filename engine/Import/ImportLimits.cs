namespace Supervision.Engine.Import;

/// <summary>Bounds on what an import may cost; every limit breached is an <see cref="ImportException"/>.</summary>
public sealed record ImportLimits
{
    /// <summary>The defaults: 20 MB files, 2 M characters of text, 30 seconds.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Largest accepted file.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Most characters of extracted text.</summary>
    public int MaxTextChars { get; init; } = 2_000_000;

    /// <summary>Most bytes all parts of a .docx may unpack to.</summary>
    public long MaxUnpackedBytes { get; init; } = 200 * 1024 * 1024;

    /// <summary>Highest unpacked-to-packed ratio of a large .docx part; XML compresses ~10:1, bombs 1000:1.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Most parts in a .docx package.</summary>
    public int MaxPackageParts { get; init; } = 5_000;

    /// <summary>Most rows of all sheets of an .xlsx workbook.</summary>
    public int MaxTableRows { get; init; } = 100_000;

    /// <summary>Most pages of a PDF.</summary>
    public int MaxPdfPages { get; init; } = 2_000;

    /// <summary>Longest a read may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
