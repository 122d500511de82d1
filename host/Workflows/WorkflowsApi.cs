using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Items;

namespace Supervision.Host.Workflows;

/// <summary>The cycle diagram (Mermaid) and the workflow definitions in force.</summary>
public static class WorkflowsApi
{
    public static void MapWorkflowsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/workflows").WithTags("workflows").RequireAuthorization();
        group.MapGet("/cycle.mmd", () => Results.Text(AssignmentCycle.ToMermaid(), "text/vnd.mermaid; charset=utf-8"));
        group.MapGet("/item.mmd", () => Results.Text(ItemLifecycle.ToMermaid(), "text/vnd.mermaid; charset=utf-8"));
        group.MapGet("/definitions", (DefinitionCatalog catalog) => catalog.All.Select(d => new
        {
            d.Id,
            d.Version,
            d.Title,
            AcknowledgeWithin = d.AcknowledgeWithin.ToString(),
            ReportEvery = d.ReportEvery.ToString(),
            ReportGrace = d.ReportGrace.ToString(),
            ReviewWithin = d.ReviewWithin.ToString(),
            ReworkWithin = d.ReworkWithin.ToString(),
            Cutoff = d.Cutoff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Ladder = d.Ladder.Select(s => new { Step = s.Kind.ToString().ToLowerInvariant(), At = s.At.ToString(), Notify = s.Notify.Select(n => n.ToString()) }),
        }));
    }
}
