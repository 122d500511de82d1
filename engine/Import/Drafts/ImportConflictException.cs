namespace Supervision.Engine.Import.Drafts;

/// <summary>
/// A commit refused because a plan already stands for the draft: <c>import.duplicate_plan</c> (another plan from the
/// same document) or <c>import.committed</c> (this draft became another plan). Nothing was created; <see cref="PlanId"/>
/// names the plan, for programs.
/// </summary>
public sealed class ImportConflictException : Exception
{
    public ImportConflictException()
    {
    }

    public ImportConflictException(string message)
        : base(message)
    {
    }

    public ImportConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportConflictException(string code, string message, string planId)
        : base(message)
    {
        Code = code;
        PlanId = planId;
    }

    public string Code { get; } = "import.conflict";

    public string PlanId { get; } = "";
}
