using Supervision.Engine.Import.Ocr;

namespace Supervision.Engine.Import;

/// <summary>Reads a document and parses it into a draft: the one call behind the import CLI and upload API.</summary>
public static class PlanImporter
{
    /// <summary>Reads <paramref name="content"/> within <paramref name="limits"/> and parses it.</summary>
    public static async Task<PlanDraft> ImportAsync(
        Stream content,
        string fileName,
        AgencyRegistry? registry = null,
        ImportLimits? limits = null,
        IOcrEngine? ocr = null,
        CancellationToken cancellation = default)
    {
        var document = await new DocumentReader(limits, ocr).ReadAsync(content, fileName, cancellation);
        return OcrMarks.Apply(PlanParser.Parse(document.Text, registry), document.Ocr);
    }

    /// <summary>Reads the file at <paramref name="path"/> and parses it.</summary>
    public static async Task<PlanDraft> ImportFileAsync(
        string path,
        AgencyRegistry? registry = null,
        ImportLimits? limits = null,
        IOcrEngine? ocr = null,
        CancellationToken cancellation = default)
    {
        var document = await new DocumentReader(limits, ocr).ReadFileAsync(path, cancellation);
        return OcrMarks.Apply(PlanParser.Parse(document.Text, registry), document.Ocr);
    }
}
