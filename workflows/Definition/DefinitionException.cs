namespace Supervision.Workflows.Definition;

/// <summary>
/// A file the office writes (a workflow definition, a working-day calendar or its closures), or a folder of them, could
/// not be loaded; <see cref="Errors"/> lists every problem found, with file and line.
/// </summary>
public sealed class DefinitionException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one) in a workflow definition.</summary>
    public DefinitionException(IReadOnlyList<DefinitionError> errors)
        : this("workflow definition", errors)
    {
    }

    /// <summary>Creates the exception from the problems found (at least one) in files of the kind <paramref name="what"/> names.</summary>
    public DefinitionException(string what, IReadOnlyList<DefinitionError> errors)
        : base(DefinitionError.Summary(what, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with no located errors, for serializers and tooling.</summary>
    public DefinitionException()
        : this("The workflow definition is invalid.")
    {
    }

    /// <summary>Creates the exception with no located errors, for serializers and tooling.</summary>
    public DefinitionException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with no located errors, for serializers and tooling.</summary>
    public DefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; }
}
