using System.Diagnostics.CodeAnalysis;

namespace Supervision.Workflows.Definition;

/// <summary>
/// Every published workflow definition, keyed by (id, version). Dispatch uses <see cref="Latest"/>;
/// an assignment already running asks for its own version with <see cref="Get"/>.
/// </summary>
public sealed class DefinitionCatalog
{
    private readonly Dictionary<(string Id, int Version), WorkflowDefinition> _definitions;

    /// <summary>Builds a catalog from definitions already loaded (for example in tests).</summary>
    /// <exception cref="ArgumentException">Two definitions share an id and version.</exception>
    public DefinitionCatalog(IEnumerable<WorkflowDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _definitions = [];
        foreach (var definition in definitions)
        {
            if (!_definitions.TryAdd((definition.Id, definition.Version), definition))
            {
                throw new ArgumentException($"Definition '{definition.Id}' version {definition.Version} is given twice.", nameof(definitions));
            }
        }
    }

    /// <summary>The folder the build copies <c>workflows/definitions/*.yaml</c> to, next to the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "workflows", "definitions");

    /// <summary>All definitions, ordered by id then version.</summary>
    public IReadOnlyList<WorkflowDefinition> All =>
        [.. _definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version)];

    /// <summary>Loads the definitions shipped with the application, from <see cref="DefaultFolder"/>.</summary>
    /// <exception cref="DefinitionException">A file is invalid, or two files share an id and version.</exception>
    public static DefinitionCatalog FromDefault() => LoadFolder(DefaultFolder);

    /// <summary>Loads every <c>*.yaml</c> file directly in <paramref name="folder"/>, reporting the problems of all files together.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="DefinitionException">A file is invalid, or two files share an id and version.</exception>
    public static DefinitionCatalog LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The workflow definitions folder '{folder}' does not exist.");
        }

        var errors = new List<DefinitionError>();
        var loaded = new Dictionary<(string, int), LoadedDefinition>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                var next = DefinitionLoader.ReadFile(file);
                var key = (next.Definition.Id, next.Definition.Version);
                if (loaded.TryGetValue(key, out var first))
                {
                    errors.Add(new DefinitionError(file, next.IdLine, next.IdColumn,
                        $"Definition '{key.Id}' version {key.Version} is already defined in {Path.GetFileName(first.File)}; give this one a new version."));
                }
                else
                {
                    loaded.Add(key, next);
                }
            }
            catch (DefinitionException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        return errors.Count == 0
            ? new DefinitionCatalog(loaded.Values.Select(l => l.Definition))
            : throw new DefinitionException(errors);
    }

    /// <summary>The given version of a definition.</summary>
    /// <exception cref="KeyNotFoundException">No such id and version.</exception>
    public WorkflowDefinition Get(string id, int version) =>
        TryGet(id, version, out var definition)
            ? definition
            : throw new KeyNotFoundException($"There is no workflow definition '{id}' version {version}.");

    /// <summary>The given version of a definition, if present.</summary>
    public bool TryGet(string id, int version, [NotNullWhen(true)] out WorkflowDefinition? definition) =>
        _definitions.TryGetValue((id, version), out definition);

    /// <summary>The highest version of a definition.</summary>
    /// <exception cref="KeyNotFoundException">No definition has this id.</exception>
    public WorkflowDefinition Latest(string id) =>
        _definitions.Values.Where(d => d.Id == id).MaxBy(d => d.Version)
        ?? throw new KeyNotFoundException($"There is no workflow definition '{id}'.");
}
