using System.Security.Cryptography;
using Supervision.Engine.Attachments;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web.Attachments;

/// <summary>
/// Evidence files in the data folder, stored once per content under their SHA-256 (<c>attachments/ab/abcd…</c>), with
/// their type beside them. Only the types an office reads are taken, and a file must look like what its name says.
/// </summary>
public sealed class AttachmentStore(string folder)
{
    public const long MaxBytes = AttachedFile.MaxBytes;
    public const int MaxFiles = AttachedFile.MaxFiles;

    public async Task<AttachedFile> SaveAsync(IFormFile file, CancellationToken cancellationToken)
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

        return new AttachedFile(name.Length == 0 ? hash[..12] : name, type, bytes.LongLength, hash);
    }

    /// <summary>
    /// Saves the files chosen (at most <see cref="MaxFiles"/>) and appends their lines to <paramref name="text"/>, for people
    /// reading the trail. The files go to the command as well: recorded with its event, they are what a download checks.
    /// </summary>
    public async Task<Upload> UploadAsync(string? text, IEnumerable<IFormFile> uploads, CancellationToken cancellationToken)
    {
        var chosen = uploads.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (chosen.Count > MaxFiles)
        {
            throw SupervisionException.Invalid("attachment.too_many", $"At most {MaxFiles} files at once.", "files").With("limit", MaxFiles);
        }

        var saved = new List<AttachedFile>();
        foreach (var upload in chosen)
        {
            saved.Add(await SaveAsync(upload, cancellationToken));
        }

        return new Upload(saved.Count == 0 ? text : $"{text}\n{string.Join('\n', saved.Select(Attachment.Line))}", saved);
    }

    /// <summary>
    /// The stored file's bytes, or null when nothing with that hash is stored. The store knows nothing of who may read what:
    /// call it only for a file found through <see cref="AttachmentQuery"/> (recorded as uploaded where the reader may read).
    /// </summary>
    public async Task<byte[]?> ReadAsync(string hash, CancellationToken cancellationToken) =>
        AttachedFile.IsHash(hash) && File.Exists(PathOf(hash)) ? await File.ReadAllBytesAsync(PathOf(hash), cancellationToken) : null;

    private string PathOf(string hash) => Path.Combine(folder, hash[..2], hash);
}
