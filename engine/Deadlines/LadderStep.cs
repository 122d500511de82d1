using Supervision.Workflows.Definition;

namespace Supervision.Engine.Deadlines;

/// <summary>One rung of the ladder for one obligation: its place in the definition's ladder and the instant it falls due.</summary>
public sealed record LadderStep(int Rung, EscalationStep Step, DateTimeOffset At)
{
    /// <summary>The step's word: remind, urge, supervise, interview, notice.</summary>
    public string Name => LadderSteps.Name(Step.Kind);

    /// <summary>True for steps after the due time: the obligation is late once one is reached.</summary>
    public bool IsOverdue => Step.IsOverdue;
}
