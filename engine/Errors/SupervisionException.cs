using System.Globalization;

namespace Supervision.Engine.Errors;

/// <summary>
/// A refusal the engine explains: a stable <see cref="Code"/> for programs, a sentence for people,
/// and the <see cref="Field"/> at fault when one input is to blame. Nothing was changed when it is thrown.
/// <see cref="Args"/> fill the Chinese sentence of the code in <see cref="MessageCatalogue"/> (limit, id, trigger …).
/// </summary>
[GenerateSerializer]
public class SupervisionException : Exception
{
    public SupervisionException()
    {
    }

    public SupervisionException(string message)
        : base(message)
    {
    }

    public SupervisionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SupervisionException(FailureKind kind, string code, string message, string? field = null)
        : base(message)
    {
        Kind = kind;
        Code = code;
        Field = field;
    }

    [Id(0)]
    public FailureKind Kind { get; init; }

    [Id(1)]
    public string Code { get; init; } = "error";

    [Id(2)]
    public string? Field { get; init; }

    /// <summary>Values the message templates of <see cref="Code"/> may name, formatted invariantly.</summary>
    [Id(3)]
    public Dictionary<string, string> Args { get; init; } = new(StringComparer.Ordinal);

    public static SupervisionException Invalid(string code, string message, string? field = null) =>
        new(FailureKind.Invalid, code, message, field);

    public static SupervisionException Forbidden(string message) =>
        new(FailureKind.Forbidden, "access.forbidden", message);

    public static SupervisionException NotFound(string what, string id) =>
        new SupervisionException(FailureKind.NotFound, "not_found", $"No {what} with id '{id}'.").With("what", what).With("id", id);

    public static SupervisionException Conflict(string code, string message) =>
        new(FailureKind.Conflict, code, message);

    /// <summary>Adds a value the Chinese sentence may name; returns this exception, so a throw site stays one line.</summary>
    public SupervisionException With(string name, object? value)
    {
        Args[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return this;
    }
}
