using System.Diagnostics;

namespace Supervision.Tests.Shared;

/// <summary>
/// Debian's aiosmtpd (<c>tests/smtp/aiosmtpd_server.py</c>): the one <c>test.sh</c> started (its folder in
/// <c>SUPERVISION_TEST_AIOSMTPD</c>), or one started here when the tests run alone. Messages land in a Maildir.
/// </summary>
public sealed class Aiosmtpd : IDisposable
{
    public const string Variable = "SUPERVISION_TEST_AIOSMTPD";
    private readonly Process? _own;

    public Aiosmtpd()
    {
        Folder = Environment.GetEnvironmentVariable(Variable) ?? Directory.CreateTempSubdirectory("aiosmtpd-").FullName;
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            _own = Process.Start(new ProcessStartInfo("/usr/bin/python3", [Script(), Folder]) { RedirectStandardError = true })
                ?? throw new InvalidOperationException("could not start /usr/bin/python3 (apt-get install python3-aiosmtpd, or run ./test.sh)");
        }

        var ports = Path.Combine(Folder, "ports");
        for (var i = 0; i < 300 && !File.Exists(ports); i++)
        {
            Thread.Sleep(50);
        }

        var numbers = File.ReadAllText(ports).Split(' ');
        (PlainPort, StartTlsPort) = (int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public string Folder { get; }

    public int PlainPort { get; }

    /// <summary>Requires STARTTLS and then AUTH as <see cref="User"/> / <see cref="Password"/>.</summary>
    public int StartTlsPort { get; }

    public static string User => "notices";

    public static string Password => "notices-password";

    /// <summary>How many messages were delivered so far (cheaper than reading them).</summary>
    public int DeliveredCount => Directory.Exists(NewMail) ? Directory.GetFiles(NewMail).Length : 0;

    private string NewMail => Path.Combine(Folder, "maildir", "new");

    /// <summary>The raw messages delivered so far.</summary>
    public IEnumerable<string> Delivered()
    {
        return Directory.Exists(NewMail) ? Directory.GetFiles(NewMail).Select(File.ReadAllText) : [];
    }

    public void Dispose()
    {
        if (_own is { HasExited: false })
        {
            _own.Kill();
            _own.WaitForExit(5000);
        }

        _own?.Dispose();
    }

    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "smtp", "aiosmtpd_server.py");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("tests/smtp/aiosmtpd_server.py is not above the test's folder.");
    }
}
