namespace Supervision.Host.Workflows;

/// <summary>One step of an escalation ladder: what happens (<c>remind</c>, <c>urge</c> …), when, and who is told.</summary>
public sealed record LadderStepView(string Step, string At, IReadOnlyList<string> Notify);
