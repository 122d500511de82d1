using System.Diagnostics;

namespace Supervision.Tests.Shared;

/// <summary>
/// A scanned page as a scanner gives it: the text printed by LibreOffice and rasterised by pdftoppm (grey PNG), or null
/// where test.sh's tools (soffice, pdftoppm, tesseract with chi_sim) are missing, so the test can say it was skipped.
/// </summary>
public static class ScannedPage
{
    public static bool ToolsInstalled =>
        new[] { "soffice", "pdftoppm", "tesseract" }.All(p => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, p))))
        && Directory.Exists("/usr/share/tesseract-ocr")
        && Directory.EnumerateFiles("/usr/share/tesseract-ocr", "chi_sim.traineddata", SearchOption.AllDirectories).Any();

    /// <summary>The first page of <paramref name="lines"/> printed and scanned at <paramref name="dpi"/>.</summary>
    public static byte[] Png(IEnumerable<string> lines, int dpi = 200)
    {
        var folder = Directory.CreateTempSubdirectory("scanned-page-").FullName;
        var text = Path.Combine(folder, "notice.txt");
        File.WriteAllLines(text, lines);
        Run("soffice", $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", folder, text);
        Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", Path.Combine(folder, "notice.pdf"), Path.Combine(folder, "page"));
        return File.ReadAllBytes(Path.Combine(folder, "page.png"));
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within 3 minutes");
        }
    }

    /// <summary>A short notice of two items, in the style of the seed.</summary>
    public static readonly string[] Notice =
    [
        "关于做好2024年高校毕业生就业工作的通知",
        "各地(州、市)人民政府(行政公署):",
        "2024年4月8日",
        "一、拓宽就业渠道",
        "(一)开发政策性岗位。统筹机关事业单位招录和基层服务项目,年内开发岗位不少于2万个。",
        "牵头单位:自治区人力资源和社会保障厅",
        "配合单位:自治区国资委、自治区教育厅",
        "(二)支持企业吸纳就业。对招用毕业年度高校毕业生的中小微企业给予一次性吸纳就业补贴。",
        "牵头单位:自治区财政厅",
        "配合单位:自治区人力资源和社会保障厅",
    ];
}
