using System.Security.Cryptography;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web.Attachments;

/// <summary>
/// Evidence files in the data folder, stored once per content under their SHA-256 (<c>attachments/ab/abcd…</c>), with
/// their type beside them. Only the types an office reads are taken, and a file must look like what its name says.
/// </summary>
public sealed class AttachmentStore(string folder)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 5;

    public async Task<Attachment> SaveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.FileName).Replace('|', '_').Trim();
        name = name.Length > 120 ? name[^120..] : name;
        if (file.Length > MaxBytes)
        {
            throw SupervisionException.Invalid("attachment.too_large", $"The file '{name}' is larger than {MaxBytes / 1024 / 1024} MB.", "file")
                .With("name", name).With("limit", $"{MaxBytes / 1024 / 1024} MB");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var type = FileTypes.Of(name, bytes) ?? throw SupervisionException.Invalid("attachment.type",
            $"The file '{name}' is not a PDF, Word, Excel, JPEG, PNG or plain text file, or its content does not match its name.", "file")
            .With("name", name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():n}.tmp";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        return new Attachment(name.Length == 0 ? hash[..12] : name, type, bytes.LongLength, hash);
    }

    /// <summary>Saves the files chosen (at most <see cref="MaxFiles"/>) and appends their attachment lines to <paramref name="text"/>.</summary>
    public async Task<string?> WithAttachmentsAsync(string? text, IEnumerable<IFormFile> uploads, CancellationToken cancellationToken)
    {
        var chosen = uploads.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (chosen.Count > MaxFiles)
        {
            throw SupervisionException.Invalid("attachment.too_many", $"At most {MaxFiles} files at once.", "files").With("limit", MaxFiles);
        }

        var lines = new List<string>();
        foreach (var upload in chosen)
        {
            lines.Add((await SaveAsync(upload, cancellationToken)).Line());
        }

        return lines.Count == 0 ? text : $"{text}\n{string.Join('\n', lines)}";
    }

    /// <summary>The stored file's bytes, or null when nothing with that hash is stored.</summary>
    public async Task<byte[]?> ReadAsync(string hash, CancellationToken cancellationToken) =>
        hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower) && File.Exists(PathOf(hash)) ? await File.ReadAllBytesAsync(PathOf(hash), cancellationToken) : null;

    private string PathOf(string hash) => Path.Combine(folder, hash[..2], hash);
}
