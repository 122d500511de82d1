namespace Supervision.Engine.Import.Ocr;

/// <summary>The raster formats a scanned page is uploaded in, told by their magic bytes.</summary>
public enum ImageKind
{
    Png,
    Jpeg,
    Tiff,
}
