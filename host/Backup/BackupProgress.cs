namespace Supervision.Host.Backup;

/// <summary>A one-line progress bar on standard error while a backup is written or checked; a line per step when stderr is not a terminal.</summary>
public sealed class BackupProgress(TextWriter error, bool terminal) : IProgress<(string Step, double Done)>
{
    private const int Width = 30;
    private int _shown = -1;

    public static BackupProgress ForConsole() => new(Console.Error, !Console.IsErrorRedirected);

    public void Report((string Step, double Done) value)
    {
        var filled = (int)Math.Round(Math.Clamp(value.Done, 0, 1) * Width);
        if (filled == _shown)
        {
            return;
        }

        _shown = filled;
        if (terminal)
        {
            error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done,4:P0} {value.Step,-40}");
        }
        else
        {
            error.WriteLine($"{value.Done,4:P0} {value.Step}");
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Finish()
    {
        if (terminal && _shown >= 0)
        {
            error.WriteLine();
        }
    }
}
