namespace Supervision.Workflows.Definition;

/// <summary>The rungs of the escalation ladder, mildest first. YAML names are the lowercase words.</summary>
public enum EscalationStepKind
{
    /// <summary>A friendly reminder before the due time (提醒).</summary>
    Remind,
    /// <summary>Urging after the due time has passed (催办).</summary>
    Urge,
    /// <summary>Formal supervision, usually copied to the agency head and the office (督办).</summary>
    Supervise,
    /// <summary>An accountability interview is scheduled (约谈).</summary>
    Interview,
    /// <summary>A circulated notice naming the agency (通报).</summary>
    Notice,
}
