using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definition;
using Supervision.Workflows.Items;

namespace Supervision.Host.Workflows;

/// <summary>The cycle diagram (Mermaid) and the workflow definitions in force.</summary>
public static class WorkflowsApi
{
    public static void MapWorkflowsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/workflows").WithTags("workflows").RequireAuthorization();
        group.MapGet("/cycle.mmd", () => Results.Text(AssignmentCycle.ToMermaid(), "text/vnd.mermaid; charset=utf-8"))
            .WithName("getCycleDiagram")
            .WithSummary("流程图 · The assignment cycle as a Mermaid diagram");
        group.MapGet("/item.mmd", () => Results.Text(ItemLifecycle.ToMermaid(), "text/vnd.mermaid; charset=utf-8"))
            .WithName("getItemLifecycleDiagram")
            .WithSummary("事项生命周期图 · The action item lifecycle as a Mermaid diagram");
        group.MapGet("/definitions", (DefinitionCatalog catalog) => catalog.All.Select(DefinitionView.From))
            .WithName("listWorkflowDefinitions")
            .WithSummary("流程定义 · List the workflow definitions");
    }
}
