using Supervision.Engine.Errors;

namespace Supervision.Engine.Import.Drafts;

/// <summary>
/// A commit refused because a plan already stands for the draft: <c>import.duplicate_plan</c> (another plan from the
/// same document; the field at fault is <c>allow_duplicate</c>) or <c>import.committed</c> (this draft became another
/// plan; <c>plan_id</c>). A conflict like any other refusal, whose Chinese sentence names <see cref="PlanId"/>; nothing
/// was created, and the plan's id is kept apart as well, for programs.
/// </summary>
[GenerateSerializer]
public sealed class ImportConflictException : SupervisionException
{
    public const string DuplicatePlan = "import.duplicate_plan";

    public ImportConflictException()
        : this("A plan already stands for this import draft.")
    {
    }

    public ImportConflictException(string message)
        : base(FailureKind.Conflict, "import.conflict", message)
    {
    }

    public ImportConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = FailureKind.Conflict;
        Code = "import.conflict";
    }

    public ImportConflictException(string code, string message, string planId)
        : base(FailureKind.Conflict, code, message, code == DuplicatePlan ? "allow_duplicate" : "plan_id")
    {
        PlanId = planId;
        With("plan_id", planId);
    }

    [Id(0)]
    public string PlanId { get; init; } = "";
}
