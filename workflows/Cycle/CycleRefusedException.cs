namespace Supervision.Workflows.Cycle;

/// <summary>Thrown by <see cref="AssignmentCycle.Fire"/> when the move is not allowed now.</summary>
public sealed class CycleRefusedException : InvalidOperationException
{
    /// <summary>Creates the exception from a refused check.</summary>
    public CycleRefusedException(string code, string reason)
        : base(reason)
    {
        Code = code;
        Reason = reason;
    }

    /// <summary>Creates the exception with a generic code, for serializers and tooling.</summary>
    public CycleRefusedException()
        : this(CycleCodes.NotAllowedInState, "The move is not allowed.")
    {
    }

    /// <summary>Creates the exception with a generic code, for serializers and tooling.</summary>
    public CycleRefusedException(string message)
        : this(CycleCodes.NotAllowedInState, message)
    {
    }

    /// <summary>Creates the exception with a generic code, for serializers and tooling.</summary>
    public CycleRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = CycleCodes.NotAllowedInState;
        Reason = message;
    }

    /// <summary>The stable refusal code, one of <see cref="CycleCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The sentence to show the person who tried.</summary>
    public string Reason { get; }
}
