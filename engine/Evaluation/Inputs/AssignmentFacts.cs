using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>What the trail says of one assignment, as far as scores need it: who, when things were due and when they were done.</summary>
internal sealed class AssignmentFacts(string agencyId, string planId, string itemRef, AssignmentRole role, EventRef opened)
{
    public string AgencyId { get; } = agencyId;
    public string PlanId { get; } = planId;
    public string ItemRef { get; } = itemRef;
    public AssignmentRole Role { get; } = role;
    public EventRef Opened { get; } = opened;
    public DateTimeOffset AcknowledgeBy { get; set; }
    public DateTimeOffset? CompleteBy { get; set; }

    /// <summary>The first answer to the dispatch (acknowledgement or dispute).</summary>
    public EventRef? Answered { get; set; }

    /// <summary>The first completion submitted.</summary>
    public EventRef? Submitted { get; set; }

    /// <summary>When the assignment closed other than by completion (withdrawn, waived, handed over): nothing falls due after.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public EventRef? Scheduled { get; set; }

    /// <summary>Each report period: when it is due, and the report that met it.</summary>
    public Dictionary<string, (DateTimeOffset DueAt, EventRef? Report)> Periods { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether an obligation falling due at <paramref name="due"/> was still owed then (not ended, not covered by the completion).</summary>
    public bool Owed(DateTimeOffset due, bool coveredByCompletion) =>
        !(EndedAt <= due) && !(coveredByCompletion && Submitted?.At <= due);
}
