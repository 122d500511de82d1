using System.Security.Cryptography;
using Supervision.Engine.Access;
using Supervision.Engine.Trail;
using Supervision.Host.Configuration;

namespace Supervision.Host.Auth;

/// <summary>
/// On the very first start (no users yet) creates the user <c>admin</c> with a random password,
/// printed once and written to <c>initial-admin.txt</c> in the data folder, readable by the owner only.
/// </summary>
public sealed class InitialAdmin(UserStore users, SupervisionOptions options, ILogger<InitialAdmin> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await users.AnyAsync(cancellationToken))
        {
            return;
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', 'x').Replace('+', 'y');
        await users.AddAsync("admin", "管理员", Roles.Admin, null, password, cancellationToken);
        var file = Path.Combine(options.DataDirectory, "initial-admin.txt");
        await File.WriteAllTextAsync(file, $"username: admin\npassword: {password}\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // The password goes to the console once, never into the log files.
        Console.WriteLine($"首次启动 / first start: user 'admin', password '{password}' (also in {Path.GetFullPath(file)})");
        log.LogWarning("First start: created user admin; its password is in {File}", Path.GetFullPath(file));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
