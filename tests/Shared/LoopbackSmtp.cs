using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Tests.Shared;

/// <summary>What the loopback server does wrong, for the next <see cref="LoopbackSmtp.FaultTimes"/> times it could.</summary>
public enum SmtpFault
{
    None,
    /// <summary>421 on connect, or to MAIL FROM on a connection already open (a pooled one), then closes.</summary>
    Busy421,
    /// <summary>451 to every RCPT TO.</summary>
    Rcpt451,
    /// <summary>554 after DATA: refused for good.</summary>
    Data554,
    /// <summary>Takes the message, then never answers (the client times out).</summary>
    HangAfterData,
    /// <summary>Takes the message, then closes without answering (a lost reply).</summary>
    DropAfterData,
}

/// <summary>
/// A small SMTP server on loopback for tests and the benchmark: speaks ESMTP (EHLO, MAIL, RCPT, DATA, RSET, NOOP,
/// QUIT, PIPELINING), keeps every message it took, and can be told to fail in the ways real servers do. A message it
/// took before hanging or dropping is kept, as a real server would have delivered it.
/// </summary>
public sealed partial class LoopbackSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private TcpListener _listener;
    private int _faultTimes;

    public LoopbackSmtp(int port = 0)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener);
    }

    public int Port { get; }

    /// <summary>Every message taken: the envelope's recipients and the raw text.</summary>
    public ConcurrentQueue<(IReadOnlyList<string> To, string Raw)> Messages { get; } = new();

    public int Connections => _connections;

    private int _connections;

    public SmtpFault Fault { get; private set; }

    public int FaultTimes => Volatile.Read(ref _faultTimes);

    /// <summary>Fails the next <paramref name="times"/> times in the way given.</summary>
    public void FailNext(SmtpFault fault, int times) => (Fault, _faultTimes) = (fault, times);

    /// <summary>Stops listening (connections are refused) until <see cref="Resume"/>.</summary>
    public void Pause() => _listener.Stop();

    public void Resume()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener);
    }

    /// <summary>The Message-Ids of the messages taken for a recipient, one per copy.</summary>
    public IReadOnlyList<string> MessageIdsTo(string address) =>
        [.. Messages.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).Select(m => MessageIdOf(m.Raw))];

    public static string MessageIdOf(string raw) => MessageIdLine().Match(raw) is { Success: true } m ? m.Groups[1].Value : "";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _stop.Dispose();
    }

    private bool Take(SmtpFault fault)
    {
        if (Fault != fault)
        {
            return false;
        }

        if (Interlocked.Decrement(ref _faultTimes) >= 0)
        {
            return true;
        }

        Fault = SmtpFault.None;
        return false;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        // Replies are small writes; without this each waits out the peer's delayed ACK (~40 ms), as no real server does.
        client.NoDelay = true;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = false };
            async Task Say(string line)
            {
                await writer.WriteLineAsync(line);
                await writer.FlushAsync();
            }

            if (Take(SmtpFault.Busy421))
            {
                await Say("421 4.3.2 loopback busy, try again later");
                return;
            }

            await Say("220 loopback ESMTP");
            var to = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await Say("250-loopback\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-PIPELINING\r\n250 SIZE 52428800");
                        break;
                    case "HELO":
                        await Say("250 loopback");
                        break;
                    case "MAIL" when Take(SmtpFault.Busy421):
                        // RFC 5321 §3.8: a server that must shut down may answer any command with 421 and close.
                        await Say("421 4.3.2 loopback busy, try again later");
                        return;
                    case "MAIL":
                        to.Clear();
                        await Say("250 2.1.0 OK");
                        break;
                    case "RCPT" when Take(SmtpFault.Rcpt451):
                        await Say("451 4.3.0 mailbox temporarily unavailable");
                        break;
                    case "RCPT":
                        to.Add(AddressIn().Match(line).Groups[1].Value);
                        await Say("250 2.1.5 OK");
                        break;
                    case "DATA" when to.Count == 0:
                        await Say("554 5.5.1 no valid recipients");
                        break;
                    case "DATA":
                        await Say("354 go ahead");
                        var raw = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                        {
                            raw.Append(data.StartsWith("..", StringComparison.Ordinal) ? data[1..] : data).Append("\r\n");
                        }

                        if (Take(SmtpFault.Data554))
                        {
                            await Say("554 5.7.1 message refused by policy");
                            break;
                        }

                        Messages.Enqueue((to.ToList(), raw.ToString()));
                        if (Take(SmtpFault.DropAfterData))
                        {
                            return;
                        }

                        if (Take(SmtpFault.HangAfterData))
                        {
                            await Task.Delay(Timeout.Infinite, _stop.Token);
                        }

                        await Say($"250 2.0.0 OK queued as q{Messages.Count}");
                        break;
                    case "RSET":
                    case "NOOP":
                        await Say("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await Say("221 2.0.0 bye");
                        return;
                    default:
                        await Say("502 5.5.2 not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client went away or the server is stopping.
        }
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AddressIn();

    [GeneratedRegex(@"^Message-Id:\s*<([^>]+)>", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MessageIdLine();
}
