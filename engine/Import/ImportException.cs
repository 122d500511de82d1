namespace Supervision.Engine.Import;

/// <summary>A document that cannot be imported, with a stable <see cref="Code"/> (see <see cref="ImportErrorCodes"/>) and a sentence for the user.</summary>
public sealed class ImportException : Exception
{
    /// <summary>A failure with <paramref name="code"/> and a human <paramref name="message"/>.</summary>
    public ImportException(string code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    /// <summary>Required by CA1032; prefer the constructor with a code.</summary>
    public ImportException()
        : this(ImportErrorCodes.NotADocument, "The document cannot be read.")
    {
    }

    /// <summary>Required by CA1032; prefer the constructor with a code.</summary>
    public ImportException(string message)
        : this(ImportErrorCodes.NotADocument, message)
    {
    }

    /// <summary>Required by CA1032; prefer the constructor with a code.</summary>
    public ImportException(string message, Exception inner)
        : this(ImportErrorCodes.NotADocument, message, inner)
    {
    }

    /// <summary>The stable code, e.g. <c>import.too_large</c>.</summary>
    public string Code { get; }
}
