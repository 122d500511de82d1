namespace Supervision.Engine.Errors;

/// <summary>What sort of refusal a command met; the host maps each to one HTTP status.</summary>
public enum FailureKind
{
    /// <summary>The input itself is wrong (400/422).</summary>
    Invalid,
    /// <summary>The caller may not do this (403).</summary>
    Forbidden,
    /// <summary>The thing named does not exist, or the caller may not know it exists (404).</summary>
    NotFound,
    /// <summary>The thing exists but is not in a state that allows this (409).</summary>
    Conflict,
}
