using System.Diagnostics;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Supervision.Benchmarks;

/// <summary>
/// The limit the notices wave is held to: the same rendered messages the host sent, sent again by a plain MailKit loop
/// over the same number of connections, each opened once and kept, to the same server. Nothing else happens per
/// message (no reaction, no event, no row), so what the host reaches against it is its own overhead's share.
/// </summary>
public static class NoticeLimit
{
    public static async Task<double> MeasureAsync(int port, IReadOnlyList<(IReadOnlyList<string> To, string Raw)> sent, int connections)
    {
        var messages = sent
            .Select(m => (Message: MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Raw))), To: m.To.Select(MailboxAddress.Parse).ToList()))
            .ToList();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
            for (var i = c; i < messages.Count; i += connections)
            {
                var (message, to) = messages[i];
                await client.SendAsync(message, message.From.Mailboxes.First(), to);
            }

            await client.DisconnectAsync(quit: true);
        }));
        return messages.Count / watch.Elapsed.TotalSeconds;
    }
}
