namespace Supervision.Workflows.Definition;

/// <summary>
/// Loads one workflow definition from YAML and checks all of it. Every problem is reported at
/// once, each with file, line and a sentence, in a <see cref="DefinitionException"/>.
/// </summary>
public static class DefinitionLoader
{
    /// <summary>Parses definition text; <paramref name="file"/> names it in error messages.</summary>
    /// <exception cref="DefinitionException">The text is not a valid definition.</exception>
    public static WorkflowDefinition Parse(string yaml, string file = "<inline>") => Read(yaml, file).Definition;

    /// <summary>Loads a definition file.</summary>
    /// <exception cref="DefinitionException">The file is not a valid definition.</exception>
    public static WorkflowDefinition LoadFile(string path) => ReadFile(path).Definition;

    internal static LoadedDefinition ReadFile(string path) => Read(File.ReadAllText(path), path);

    internal static LoadedDefinition Read(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var (loaded, errors) = DefinitionReader.Read(yaml, file);
        return loaded ?? throw new DefinitionException([.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
    }
}
