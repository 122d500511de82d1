using Supervision.Workflows.Definitions;

namespace Supervision.Host.Workflows;

/// <summary>A workflow definition as the API shows it: its windows as spans (<c>3wd</c>, <c>1mo</c>) and its escalation ladder.</summary>
public sealed record DefinitionView(
    string Id,
    int Version,
    string Title,
    string AcknowledgeWithin,
    string ReportEvery,
    string ReportGrace,
    string ReviewWithin,
    string ReworkWithin,
    IReadOnlyList<LadderStepView> Ladder)
{
    public static DefinitionView From(WorkflowDefinition d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Id,
            d.Version,
            d.Title,
            d.AcknowledgeWithin.ToString(),
            d.ReportEvery.ToString(),
            d.ReportGrace.ToString(),
            d.ReviewWithin.ToString(),
            d.ReworkWithin.ToString(),
            [.. d.Ladder.Select(s => new LadderStepView(s.Kind.ToString().ToLowerInvariant(), s.At.ToString(), [.. s.Notify.Select(n => n.ToString())]))]);
    }
}
