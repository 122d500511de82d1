namespace Supervision.Engine.Evaluation;

/// <summary>How much of an evaluation a reader sees and does.</summary>
public enum EvaluationReach
{
    /// <summary>Nothing: a scoped evaluation of another agency's subtree.</summary>
    None,

    /// <summary>Its own agency's score and entries only.</summary>
    Own,

    /// <summary>Every score (the office, inspectors).</summary>
    All,

    /// <summary>Every score, and it sets up and freezes (the scope agency, or one above it, for a scoped evaluation).</summary>
    Runs,
}
