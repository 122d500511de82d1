namespace Supervision.Engine.Attachments;

/// <summary>
/// One evidence file an event carries: its name, type, size and SHA-256, as the host stored it from an upload made in the
/// same request. Recorded in the event's payload and projected into <c>attachments</c> with it; that row, never a line
/// of text naming the hash, is what lets the readers of the stream it was uploaded to download the file.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AttachedFile(string Name, string ContentType, long Size, string Hash)
{
    /// <summary>The largest file taken.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The most files one event carries.</summary>
    public const int MaxFiles = 5;

    /// <summary>Whether <paramref name="hash"/> is a SHA-256 as the store names files: 64 lowercase hexadecimal digits.</summary>
    public static bool IsHash(string? hash) => hash is { Length: 64 } && hash.All(char.IsAsciiHexDigitLower);
}
