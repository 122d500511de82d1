using System.Diagnostics;

namespace Supervision.Engine.Tests.Import.Office;

/// <summary>LibreOffice run headless to write documents as real office software does (issue 22 item 5).</summary>
internal static class Soffice
{
    /// <summary>The soffice program on PATH, or null.</summary>
    public static string? Program { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "soffice"))
        .FirstOrDefault(File.Exists);

    /// <summary>Converts <paramref name="source"/> into <paramref name="folder"/> as <paramref name="format"/> (docx, pdf) and returns the new file.</summary>
    public static string Convert(string source, string format, string folder)
    {
        // A private profile: two conversions at once must not share (and lock) one user installation.
        var start = new ProcessStartInfo(Program ?? throw new InvalidOperationException("soffice is not installed"))
        {
            ArgumentList = { $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", format, "--outdir", folder, source },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice did not convert {source} to {format} within 3 minutes");
        }

        var converted = Path.Combine(folder, Path.GetFileNameWithoutExtension(source) + "." + format);
        return File.Exists(converted) ? converted : throw new InvalidOperationException($"soffice wrote no {format}: {output}");
    }
}

/// <summary>A test that needs LibreOffice: skipped, saying why, only where soffice is missing (test.sh installs it).</summary>
public sealed class NeedsSofficeAttribute : FactAttribute
{
    public NeedsSofficeAttribute()
    {
        if (Soffice.Program is null)
        {
            Skip = "LibreOffice is not installed (soffice not on PATH): apt-get install libreoffice-writer-nogui, as test.sh does";
        }
    }
}
