namespace Supervision.Host.Simulation;

/// <summary>A one-line progress bar on standard error, redrawn when the shown share or day changes; nothing when stderr is not a terminal but a line per month.</summary>
public sealed class ProgressBar(TextWriter error, bool terminal) : IProgress<(DateOnly Day, double Done)>
{
    private const int Width = 30;
    private int _shown = -1;
    private int _month = -1;

    public void Report((DateOnly Day, double Done) value)
    {
        var filled = (int)Math.Round(value.Done * Width);
        if (terminal && filled != _shown)
        {
            _shown = filled;
            error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done,4:P0} {value.Day:yyyy-MM-dd}");
            if (value.Done >= 1)
            {
                error.WriteLine();
            }
        }
        else if (!terminal && value.Day.Month != _month)
        {
            _month = value.Day.Month;
            error.WriteLine($"simulating {value.Day:yyyy-MM} … {value.Done:P0}");
        }
    }
}
