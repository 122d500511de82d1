using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Supervision.Engine.Notices.Mail;

/// <summary>
/// Sends through the configured server over a small pool of open connections: a sender takes an idle connection
/// (checked with NOOP when it has been idle a while), sends, and puts it back; a connection that failed is dropped, so
/// the next attempt starts on a fresh one. MailKit's client serves one message at a time, hence one per sender.
/// </summary>
public sealed class SmtpTransport(SmtpOptions options, TimeProvider clock) : IMailTransport, IAsyncDisposable
{
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(10);
    private readonly ConcurrentBag<(SmtpClient Client, DateTimeOffset Since)> _idle = [];
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Connections));

    /// <summary>False (<c>Supervision:Smtp:Reuse</c>): a new connection per message, closed after it — the benchmark's baseline.</summary>
    public bool ReuseConnections { get; init; } = options.Reuse;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        SmtpClient? client = null;
        try
        {
            client = await TakeAsync(cancellationToken);
            var reply = await client.SendAsync(message, cancellationToken);
            if (ReuseConnections)
            {
                _idle.Add((client, clock.GetUtcNow()));
                client = null;
            }
            else
            {
                await client.DisconnectAsync(quit: true, cancellationToken);
            }

            return reply;
        }
        finally
        {
            if (client is not null)
            {
                Drop(client);
            }

            _slots.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var held))
        {
            Drop(held.Client);
        }

        _slots.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SmtpClient> TakeAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var held))
        {
            if (held.Client.IsConnected && clock.GetUtcNow() - held.Since < IdleCheck)
            {
                return held.Client;
            }

            try
            {
                if (held.Client.IsConnected)
                {
                    await held.Client.NoOpAsync(cancellationToken);
                    return held.Client;
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or TimeoutException)
            {
                // The server closed it while it was idle: open another.
            }

            Drop(held.Client);
        }

        return await ConnectAsync(cancellationToken);
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        if (!options.CheckCertificate)
        {
            // Only when the setting says so, for a test server with a self-signed certificate.
#pragma warning disable CA5359
            client.ServerCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        try
        {
            await client.ConnectAsync(options.Host ?? "localhost", options.Port, SecurityOf(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            Drop(client);
            throw;
        }
    }

    public static SecureSocketOptions SecurityOf(string security) => security.ToLowerInvariant() switch
    {
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    private static void Drop(SmtpClient client)
    {
        // Closing without QUIT: the connection is broken or its server is misbehaving; waiting on it helps nobody.
        try
        {
            client.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}
