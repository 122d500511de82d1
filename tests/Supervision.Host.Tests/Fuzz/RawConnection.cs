using System.Net.Sockets;
using System.Text;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// A keep-alive HTTP/1.1 connection to the host that sends <see cref="RawRequest"/>s one at a time and reads each answer
/// (Content-Length or chunked). Reconnects when the host closed the connection; an answer that never comes is status 0.
/// </summary>
public sealed class RawConnection(Uri host) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private TcpClient? _tcp;
    private Stream? _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public async Task<RawResponse> SendAsync(RawRequest request)
    {
        for (var attempt = 0; ; attempt++)
        {
            var fresh = _stream is null;
            var stream = await OpenAsync();
            using var timeout = new CancellationTokenSource(Patience);
            // The body is written beside the read: a host that refuses early (413) may answer before it has read it all.
            var write = WriteAsync(stream, request.ToBytes(host.Authority), timeout.Token);
            try
            {
                var response = await ReadResponseAsync(stream, request.Method == "HEAD", timeout.Token);
                await write;
                if (response.Closes)
                {
                    Close();
                }

                return response;
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or EndOfStreamException)
            {
                await write;
                Close();
                if (fresh || attempt > 0 || timeout.IsCancellationRequested)
                {
                    return RawResponse.None;
                }
            }
        }
    }

    public void Dispose() => Close();

    private static async Task WriteAsync(Stream stream, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(bytes, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The host stopped reading; its answer (if any) is what counts.
        }
    }

    private async Task<Stream> OpenAsync()
    {
        if (_stream is not null)
        {
            return _stream;
        }

        _tcp = new TcpClient { NoDelay = true };
        await _tcp.ConnectAsync(host.Host, host.Port);
        _stream = _tcp.GetStream();
        (_start, _end) = (0, 0);
        return _stream;
    }

    private void Close()
    {
        _stream?.Dispose();
        _tcp?.Dispose();
        (_stream, _tcp) = (null, null);
    }

    private async Task<RawResponse> ReadResponseAsync(Stream stream, bool head, CancellationToken cancellationToken)
    {
        var statusLine = await ReadLineAsync(stream, cancellationToken);
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = await ReadLineAsync(stream, cancellationToken); line.Length > 0; line = await ReadLineAsync(stream, cancellationToken))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
        }

        byte[] body;
        if (head || status is 204 or 304 || status < 200)
        {
            body = [];
        }
        else if (headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = await ReadChunkedAsync(stream, cancellationToken);
        }
        else if (headers.TryGetValue("content-length", out var length))
        {
            body = await ReadExactAsync(stream, int.Parse(length, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }
        else
        {
            body = await ReadToCloseAsync(stream, cancellationToken);
            headers["connection"] = "close";
        }

        return new RawResponse(status, headers, body);
    }

    private async Task<byte[]> ReadChunkedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await ReadLineAsync(stream, cancellationToken);
            var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                while ((await ReadLineAsync(stream, cancellationToken)).Length > 0)
                {
                }

                return body.ToArray();
            }

            body.Write(await ReadExactAsync(stream, size, cancellationToken));
            await ReadLineAsync(stream, cancellationToken);
        }
    }

    private async Task<string> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end)
            {
                await FillAsync(stream, cancellationToken);
            }

            var b = _buffer[_start++];
            if (b == '\n')
            {
                return Encoding.Latin1.GetString([.. line]).TrimEnd('\r');
            }

            line.Add(b);
        }
    }

    private async Task<byte[]> ReadExactAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var done = 0;
        while (done < count)
        {
            if (_start == _end)
            {
                await FillAsync(stream, cancellationToken);
            }

            var take = Math.Min(count - done, _end - _start);
            Array.Copy(_buffer, _start, result, done, take);
            (_start, done) = (_start + take, done + take);
        }

        return result;
    }

    private async Task<byte[]> ReadToCloseAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        body.Write(_buffer, _start, _end - _start);
        _start = _end;
        await stream.CopyToAsync(body, cancellationToken);
        return body.ToArray();
    }

    private async Task FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(_buffer, cancellationToken);
        if (read == 0)
        {
            throw new EndOfStreamException("The host closed the connection.");
        }

        (_start, _end) = (0, read);
    }
}
