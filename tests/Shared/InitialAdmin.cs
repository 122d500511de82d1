namespace Supervision.Tests.Shared;

/// <summary>The credentials a fresh host writes to <c>initial-admin.txt</c> in its data folder (line two: <c>password: …</c>).</summary>
public static class InitialAdmin
{
    public const string Username = "admin";

    public const string FileName = "initial-admin.txt";

    public static string Password(string dataDirectory)
    {
        var line = File.ReadAllLines(Path.Combine(dataDirectory, FileName))[1];
        const string label = "password: ";
        return line.StartsWith(label, StringComparison.Ordinal)
            ? line[label.Length..]
            : throw new InvalidDataException($"{FileName} in {dataDirectory}: line two is not '{label}…'");
    }
}
