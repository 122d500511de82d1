namespace Supervision.Engine.Import.Ocr;

/// <summary>A private temporary folder for one scan's page images, deleted with everything in it.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("supervision-ocr-").FullName;

    public string File(string name) => Path.Combine(_path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a killed program: the system's temp clean-up takes it later.
        }
    }
}
