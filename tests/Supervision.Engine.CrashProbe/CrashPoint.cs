using System.Diagnostics;

namespace Supervision.Engine.CrashProbe;

/// <summary>Where the probe dies: as hard as a power cut (SIGKILL), so nothing gets to tidy up.</summary>
public sealed record CrashPoint(string Name)
{
    public static readonly string[] All = ["before-commit", "after-commit", "before-reaction", "after-reaction"];

    public bool Is(string name) => Name == name;

    public void DieIf(string name)
    {
        if (Is(name))
        {
            Console.Out.Flush();
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
