namespace Supervision.Workflows.Scoring;

/// <summary>A scoring scheme could not be loaded; the message lists every problem, each with file and line.</summary>
public sealed class SchemeException : Exception
{
    public SchemeException(string file, IReadOnlyList<string> problems)
        : base($"The scoring scheme {file} is invalid: {string.Join("; ", problems)}")
    {
        Problems = problems;
    }

    public SchemeException()
        : this("The scoring scheme is invalid.")
    {
    }

    public SchemeException(string message)
        : base(message)
    {
        Problems = [];
    }

    public SchemeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Each problem found, as "line N: what is wrong".</summary>
    public IReadOnlyList<string> Problems { get; }
}
