using System.CommandLine;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Host.Cli;

/// <summary><c>checkpoint</c>: writes a signed checkpoint of the trail's heads now, into <c>data/checkpoints/</c>; prints its path last.</summary>
public static class CheckpointVerb
{
    public static Command Create()
    {
        var command = new Command("checkpoint", "Write a signed checkpoint of the trail's heads now into the data folder's checkpoints/; prints the file's path on its last line.");
        command.SetAction(async (_, ct) =>
        {
            var options = CliStore.Settings();
            var (store, _) = await CliStore.OpenAsync(ct);
            await using (store)
            {
                using var key = CheckpointKey.LoadOrCreate(options.KeysDirectory);
                var files = new CheckpointFiles(store.Log, key, options.CheckpointDirectory, TimeProvider.System);
                var (checkpoint, path) = await files.WriteAsync(ct);
                Console.WriteLine($"检查点 checkpoint: position {checkpoint.Heads.Position}, {checkpoint.Heads.Streams.Count} streams, key {checkpoint.Fingerprint}");
                Console.WriteLine(path);
                return 0;
            }
        });
        return command;
    }
}
