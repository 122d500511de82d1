using System.IO.Compression;

namespace Supervision.Engine.Import;

/// <summary>
/// Checks an Office package (.docx, .xlsx) with System.IO.Compression before OpenXml touches it: part count, declared
/// sizes and ratios, and then the sizes actually unpacked (a forged header cannot lie its way past).
/// </summary>
internal static class ZipPackageGuard
{
    private const long SmallPart = 1024 * 1024;

    public static void Check(byte[] bytes, ImportLimits limits, CancellationToken cancellation, string requiredPart = "word/document.xml", string kind = "Word (.docx)")
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxPackageParts)
            {
                throw Bomb($"it has {zip.Entries.Count} parts");
            }

            if (zip.GetEntry(requiredPart) is null)
            {
                throw new ImportException(ImportErrorCodes.NotADocument, $"The file is a zip archive but not a {kind} document.");
            }

            var declared = 0L;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxUnpackedBytes)
                {
                    throw Bomb($"its parts declare more than {limits.MaxUnpackedBytes / (1024 * 1024)} MB");
                }

                if (entry.Length > SmallPart && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxCompressionRatio)
                {
                    throw Bomb($"part {entry.FullName} unpacks {entry.Length / Math.Max(1, entry.CompressedLength)} times its size");
                }
            }

            var unpacked = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                var partBytes = 0L;
                int read;
                while ((read = part.Read(buffer)) > 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                    partBytes += read;
                    unpacked += read;
                    if (partBytes > entry.Length || unpacked > limits.MaxUnpackedBytes)
                    {
                        throw Bomb($"part {entry.FullName} unpacks to more than it declares");
                    }
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImportException(ImportErrorCodes.NotADocument, $"The file looks like a {kind} document but its zip structure is damaged.", e);
        }
    }

    private static ImportException Bomb(string why) =>
        new(ImportErrorCodes.ZipBomb, $"The document was refused because {why}; it may be a decompression bomb.");
}
