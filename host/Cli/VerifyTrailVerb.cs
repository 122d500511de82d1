using System.CommandLine;
using Supervision.Engine.Trail;
using Supervision.Host.Trails;

namespace Supervision.Host.Cli;

/// <summary><c>verify-trail &lt;file&gt;</c>: checks an exported trail offline; exit 0 when intact, 1 at the first bad event, 2 when unreadable.</summary>
public static class VerifyTrailVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A trail exported from /api/v1/items/{id}/trail/export." };
        var command = new Command("verify-trail", "Verify an exported trail's hash chain offline.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            TrailDocument document;
            try
            {
                if (path.Length > TrailDocument.MaxBytes)
                {
                    await Console.Error.WriteLineAsync($"{path.FullName} is larger than {TrailDocument.MaxBytes / 1024 / 1024} MB; not a trail export.");
                    return 2;
                }

                document = TrailDocument.Parse(await File.ReadAllTextAsync(path.FullName, ct));
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"cannot read {path.FullName}: {e.Message}");
                return 2;
            }

            var result = document.Verify();
            Console.WriteLine(TrailsApi.Describe(result));
            return result.Intact ? 0 : 1;
        });
        return command;
    }
}
