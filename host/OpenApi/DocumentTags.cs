using Microsoft.OpenApi;

namespace Supervision.Host.OpenApi;

/// <summary>
/// What each group of operations is about (every endpoint group names its tag with <c>.WithTags</c>), so a reader of the
/// document, or a linter's rule, finds every tag described; and the server's URL without its trailing slash, since every
/// path already starts with one.
/// </summary>
public static class DocumentTags
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["agencies"] = "单位 · Agencies: registration, contacts, aliases and each agency's inbox.",
        ["assignments"] = "交办事项 · Assignments: acknowledge, report, complete, review, escalate and extend.",
        ["audit"] = "访问审计 · Who signed in, issued tokens, changed users or passwords, and exported what.",
        ["auth"] = "登录 · Signing in and out.",
        ["bulk"] = "批量操作 · Bulk work: dispatching a plan, accepting reports in one step.",
        ["calendar"] = "工作日历 · The working-day calendar deadlines are counted in.",
        ["campaigns"] = "专项督查 · Inspection campaigns, their findings and rectification.",
        ["deadlines"] = "期限 · Deadlines and the escalation ladder.",
        ["evaluations"] = "考核 · Evaluations: scores computed from the trail, frozen and exported.",
        ["imports"] = "导入 · Importing a plan from a document: upload, edit the draft, commit.",
        ["major issues"] = "重大问题 · Major issues raised on an assignment and their closing.",
        ["operations"] = "运行 · Operating the host: metrics in the Prometheus text format and the operating status, for the administrator.",
        ["notices"] = "通知 · Notices sent by mail and the daily digest.",
        ["plans"] = "方案 · Plans and their action items, and dispatching them.",
        ["reactions"] = "后续处理 · The queue of consequences events cause (notices, roll-ups), for the administrator.",
        ["rounds"] = "轮次 · Rounds of reporting on an assignment's targets.",
        ["targets"] = "指标 · The targets an assignment measures.",
        ["trails"] = "留痕 · The tamper-evident trail: reading, verifying, checkpoints.",
        ["users"] = "用户 · Users, their passwords and API tokens.",
        ["workflows"] = "流程定义 · The workflow definitions assignments follow.",
    };

    /// <summary>Describes every tag the document uses, and drops the trailing slash of each server URL.</summary>
    public static void Apply(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in Descriptions)
        {
            if (document.Tags.FirstOrDefault(t => t.Name == name) is { } tag)
            {
                tag.Description = description;
            }
            else
            {
                document.Tags.Add(new OpenApiTag { Name = name, Description = description });
            }
        }
    }
}
