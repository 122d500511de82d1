using Supervision.Engine.Access;
using Supervision.Engine.Errors;

namespace Supervision.Engine.Attachments;

/// <summary>Checks the files a command carries: at most <see cref="AttachedFile.MaxFiles"/>, each well named, typed, sized and hashed.</summary>
public static class AttachedFiles
{
    public static IReadOnlyList<AttachedFile> Checked(IReadOnlyList<AttachedFile>? files)
    {
        Limits.Bounded(files, "files", AttachedFile.MaxFiles);
        return [.. (files ?? []).Select((f, i) => f is not null
            && Text.Optional(f.Name, $"files[{i}].name", 120) is { Length: > 0 } name && !name.Contains('|', StringComparison.Ordinal) && !name.Contains('\n', StringComparison.Ordinal)
            && f.ContentType is { Length: > 2 and <= 100 } type && type.Contains('/', StringComparison.Ordinal) && !type.Any(char.IsWhiteSpace)
            && f.Size is > 0 and <= AttachedFile.MaxBytes && AttachedFile.IsHash(f.Hash)
                ? f
                : throw SupervisionException.Invalid("attachment.invalid", $"'files[{i}]' is not a stored file (name, type, size up to {AttachedFile.MaxBytes / 1024 / 1024} MB, SHA-256).", $"files[{i}]"))];
    }
}
