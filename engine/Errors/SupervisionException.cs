namespace Supervision.Engine.Errors;

/// <summary>
/// A refusal the engine explains: a stable <see cref="Code"/> for programs, a sentence for people,
/// and the <see cref="Field"/> at fault when one input is to blame. Nothing was changed when it is thrown.
/// </summary>
[GenerateSerializer]
public sealed class SupervisionException : Exception
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

    public static SupervisionException Invalid(string code, string message, string? field = null) =>
        new(FailureKind.Invalid, code, message, field);

    public static SupervisionException Forbidden(string message) =>
        new(FailureKind.Forbidden, "access.forbidden", message);

    public static SupervisionException NotFound(string what, string id) =>
        new(FailureKind.NotFound, "not_found", $"No {what} with id '{id}'.");

    public static SupervisionException Conflict(string code, string message) =>
        new(FailureKind.Conflict, code, message);
}
