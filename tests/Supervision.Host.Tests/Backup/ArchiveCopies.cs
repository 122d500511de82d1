using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Supervision.Host.Tests.Backup;

/// <summary>Damaged, cut and foreign copies of a good archive, made as an operator's mishaps would make them.</summary>
public static class ArchiveCopies
{
    public static string FlipByte(string archive, string folder)
    {
        var bytes = File.ReadAllBytes(archive);
        bytes[bytes.Length / 2] ^= 0x01;
        return Write(folder, "flipped.tar.gz", bytes);
    }

    public static string Truncate(string archive, string folder)
    {
        var bytes = File.ReadAllBytes(archive);
        return Write(folder, "truncated.tar.gz", bytes[..(bytes.Length * 9 / 10)]);
    }

    /// <summary>The same files under a manifest that names another installation: parts of two installations put together.</summary>
    public static string Foreign(string archive, string folder)
    {
        var target = Path.Combine(folder, "foreign.tar.gz");
        using (var input = new TarReader(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress)))
        using (var output = new TarWriter(new GZipStream(File.Create(target), CompressionLevel.Fastest), TarEntryFormat.Pax))
        {
            while (input.GetNextEntry(copyData: true) is { } entry)
            {
                if (entry.Name == "manifest.json")
                {
                    var text = new StreamReader(entry.DataStream!).ReadToEnd();
                    var installation = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("installation").GetString()!;
                    entry.DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text.Replace(installation, "log:" + new string('0', 64), StringComparison.Ordinal)));
                }

                output.WriteEntry(entry);
            }
        }

        return target;
    }

    /// <summary>The archive without the first entry under <paramref name="prefix"/>: a file lost on the way.</summary>
    public static string Without(string archive, string prefix, string folder)
    {
        var target = Path.Combine(folder, "missing.tar.gz");
        var dropped = false;
        using (var input = new TarReader(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress)))
        using (var output = new TarWriter(new GZipStream(File.Create(target), CompressionLevel.Fastest), TarEntryFormat.Pax))
        {
            while (input.GetNextEntry(copyData: true) is { } entry)
            {
                if (!dropped && entry.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    dropped = true;
                    continue;
                }

                output.WriteEntry(entry);
            }
        }

        return target;
    }

    /// <summary>A gzip'd tar of a file that is not a backup.</summary>
    public static string NotABackup(string folder)
    {
        var target = Path.Combine(folder, "photos.tar.gz");
        using var output = new TarWriter(new GZipStream(File.Create(target), CompressionLevel.Fastest), TarEntryFormat.Pax);
        output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "holiday.jpg") { DataStream = new MemoryStream([1, 2, 3]) });
        return target;
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
