using System.Security.Cryptography;

namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>
/// The installation's checkpoint signing key: ECDSA P-256, created on first use as a PKCS#8 PEM file readable by its
/// owner only (mode 0600) in the data folder's <c>keys/</c>. The public key and its fingerprint go into every checkpoint.
/// </summary>
public sealed class CheckpointKey : IDisposable
{
    public const string FileName = "trail-checkpoint-key.pem";

    private readonly ECDsa _key;

    private CheckpointKey(ECDsa key)
    {
        _key = key;
        PublicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>Base64 of the SubjectPublicKeyInfo DER.</summary>
    public string PublicKey { get; }

    public string Fingerprint => TrailCheckpoint.FingerprintOf(PublicKey);

    /// <summary>Loads the key from <paramref name="keysDirectory"/>, creating it there the first time.</summary>
    public static CheckpointKey LoadOrCreate(string keysDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keysDirectory);
        Directory.CreateDirectory(keysDirectory);
        var path = Path.Combine(keysDirectory, FileName);
        if (!File.Exists(path))
        {
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            TryCreate(path, fresh.ExportPkcs8PrivateKeyPem());
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
            return new CheckpointKey(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>Signs the heads as of <paramref name="at"/>.</summary>
    public TrailCheckpoint Sign(TrailHeads heads, DateTimeOffset at)
    {
        var unsigned = new TrailCheckpoint(at, heads, PublicKey, "");
        return unsigned with { Signature = Convert.ToBase64String(_key.SignData(unsigned.SignedBytes(), HashAlgorithmName.SHA256)) };
    }

    public void Dispose() => _key.Dispose();

    private static void TryCreate(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            file.Write(pem);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; both then use that one.
        }
    }
}
