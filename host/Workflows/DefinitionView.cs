using Supervision.Workflows.Definition;

namespace Supervision.Host.Workflows;

/// <summary>A workflow definition as the API shows it: its windows as spans (<c>3wd</c>, <c>1mo</c>), its escalation ladder, and the time a due day ends (<c>18:00</c>; null: 23:59:59).</summary>
public sealed record DefinitionView(
    string Id,
    int Version,
    string Title,
    string AcknowledgeWithin,
    string ReportEvery,
    string ReportGrace,
    string ReviewWithin,
    string ReworkWithin,
    IReadOnlyList<LadderStepView> Ladder,
    string? Cutoff)
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
            [.. d.Ladder.Select(s => new LadderStepView(LadderSteps.Name(s.Kind), s.At.ToString(), [.. s.Notify.Select(n => n.ToString())]))],
            d.Cutoff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
