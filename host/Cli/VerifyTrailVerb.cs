using System.CommandLine;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;
using Supervision.Host.Trails;

namespace Supervision.Host.Cli;

/// <summary>
/// <c>verify-trail &lt;file&gt; [--checkpoint FILE] [--fingerprint HEX]</c>: checks an exported trail offline, and against a
/// signed checkpoint when given; exit 0 when intact, 1 at the first bad event or a cut stream, 2 when the export or the
/// checkpoint cannot be used (unreadable, empty, bad signature, another key).
/// </summary>
public static class VerifyTrailVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A trail exported from /api/v1/items/{id}/trail/export or /api/v1/trail/export." };
        var checkpointFile = new Option<FileInfo?>("--checkpoint") { Description = "A signed checkpoint (data/checkpoints/…): report streams and events missing after it." };
        var fingerprint = new Option<string?>("--fingerprint") { Description = "Refuse a checkpoint not signed by the key with this fingerprint." };
        var command = new Command("verify-trail", "Verify an exported trail's hash chains offline, optionally against a signed checkpoint.")
        {
            file, checkpointFile, fingerprint,
        };
        command.SetAction(async (parse, ct) =>
        {
            var document = await ReadAsync(parse.GetValue(file)!, "trail export", TrailDocument.MaxBytes, TrailDocument.Parse, ct);
            var checkpoint = parse.GetValue(checkpointFile) is { } cp
                ? await ReadAsync(cp, "checkpoint", TrailDocument.MaxBytes, TrailCheckpoint.Parse, ct)
                : null;
            if (document is null || (parse.GetValue(checkpointFile) is not null && checkpoint is null))
            {
                return 2;
            }

            TrailCheck check;
            try
            {
                check = TrailCheck.Run(document, checkpoint, parse.GetValue(fingerprint));
            }
            catch (CheckpointRefusedException e)
            {
                await Console.Error.WriteLineAsync($"检查点被拒绝 Checkpoint refused: {e.Reason}");
                return 2;
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync($"无法与检查点比对 Cannot compare with the checkpoint: {e.Message}");
                return 2;
            }

            Console.WriteLine(TrailVerdict.Describe(check));
            return check.Intact ? 0 : 1;
        });
        return command;
    }

    private static async Task<T?> ReadAsync<T>(FileInfo path, string what, long maxBytes, Func<string, T> parse, CancellationToken ct)
        where T : class
    {
        try
        {
            if (path.Length > maxBytes)
            {
                await Console.Error.WriteLineAsync($"文件过大 Too large: {path.FullName} is larger than {maxBytes / 1024 / 1024} MB; not a {what}.");
                return null;
            }

            return parse(await File.ReadAllTextAsync(path.FullName, ct));
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"无法读取 cannot read {what} {path.FullName}: {e.Message}");
            return null;
        }
    }
}
