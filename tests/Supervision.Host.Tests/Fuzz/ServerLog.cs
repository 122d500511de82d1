using System.Text;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// Follows the host's log files and hands back the errors written since the last look: a request can be answered
/// 2xx while the host fails behind it (a replay that throws after the status went out), and only the log says so.
/// </summary>
public sealed class ServerLog(string dataDirectory)
{
    private readonly Dictionary<string, long> _read = [];

    /// <summary>Skips everything logged so far.</summary>
    public void SkipToEnd()
    {
        foreach (var file in Files())
        {
            _read[file] = new FileInfo(file).Length;
        }
    }

    public IReadOnlyList<string> NewErrors()
    {
        var errors = new List<string>();
        foreach (var file in Files())
        {
            var from = _read.GetValueOrDefault(file);
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length <= from)
            {
                continue;
            }

            stream.Position = from;
            var bytes = new byte[stream.Length - from];
            stream.ReadExactly(bytes);
            // Only whole lines: a line still being written is read next time.
            var text = Encoding.UTF8.GetString(bytes);
            var end = text.LastIndexOf('\n');
            if (end < 0)
            {
                continue;
            }

            _read[file] = from + Encoding.UTF8.GetByteCount(text[..(end + 1)]);
            errors.AddRange(text[..end].Split('\n').Where(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal)));
        }

        return errors;
    }

    private string[] Files()
    {
        var folder = Path.Combine(dataDirectory, "logs");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [];
    }
}
