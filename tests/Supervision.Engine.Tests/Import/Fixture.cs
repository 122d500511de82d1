namespace Supervision.Engine.Tests.Import;

/// <summary>Reads the import fixtures copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));
}
