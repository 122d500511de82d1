using System.Text.Json.Serialization;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Host.Api;

namespace Supervision.Host.Assignments;

/// <summary>The cycle's commands on one assignment, and the coordinator's reviews.</summary>
public static class AssignmentsApi
{
    public sealed record AcknowledgeRequest([property: JsonRequired] string? ResponsibleName, string? Phone, string? Email);

    public sealed record ReasonRequest(string? Reason);

    public sealed record ResolveDisputeRequest([property: JsonRequired] string? Outcome, string? ToAgencyId, string? Note);

    public sealed record ReportRequest([property: JsonRequired] string? Narrative, List<Indicator>? Indicators, string? Period);

    public sealed record TextRequest([property: JsonRequired] string? Text);

    public sealed record CompletionRequest([property: JsonRequired] string? Evidence);

    public sealed record ReviewRequest([property: JsonRequired] string? Decision, string? Note);

    public sealed record ExtensionRequest([property: JsonRequired] DateOnly? Date, [property: JsonRequired] string? Reason);

    public sealed record ExtensionDecisionRequest([property: JsonRequired] string? Decision, DateOnly? Date, string? Note);

    public sealed record CommitmentRequest([property: JsonRequired] string? Text, [property: JsonRequired] DateOnly? Due);

    public sealed record InterviewRequest(
        [property: JsonRequired] DateOnly? HeldOn, [property: JsonRequired] string? Place, List<string>? Attendees,
        [property: JsonRequired] string? Minutes, List<CommitmentRequest>? Commitments);

    public sealed record EscalateRequest([property: JsonRequired] string? Reason, string? Step, string? Colour);

    public static void MapAssignmentsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/assignments/{id}").WithTags("assignments").RequireAuthorization();
        group.MapGet("", async (string id, IGrainFactory g, HttpContext ctx) =>
            await g.GetGrain<IAssignmentGrain>(id).GetAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("assignment", id))
            .WithName("getAssignment")
            .WithSummary("任务详情 · Read an assignment");
        group.MapGet("/reports", async (string id, int? offset, int? limit, IGrainFactory g, HttpContext ctx) =>
            await g.GetGrain<IAssignmentGrain>(id).GetReportsAsync(offset ?? 0, limit ?? Engine.Access.Limits.DefaultPage, ctx.Actor()) ?? throw SupervisionException.NotFound("assignment", id))
            .WithName("listReports")
            .WithSummary("进展报告 · List an assignment's reports");
        group.MapPost("/acknowledge", (string id, AcknowledgeRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).AcknowledgeAsync(new Responsible(body.ResponsibleName ?? "", body.Phone, body.Email), ctx.Actor(), ctx.Correlation()))
            .WithName("acknowledgeAssignment")
            .AnsweredInOneCommit()
            .WithSummary("签收任务 · Acknowledge an assignment");
        group.MapPost("/dispute", (string id, ReasonRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).DisputeAsync(body.Reason ?? "", ctx.Actor(), ctx.Correlation()))
            .WithName("disputeAssignment")
            .AnsweredInOneCommit()
            .WithSummary("提出异议 · Dispute an assignment");
        group.MapPost("/dispute/resolve", (string id, ResolveDisputeRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).ResolveDisputeAsync(
                ParseEnum<DisputeOutcome>(body.Outcome, "outcome", "input.outcome"), body.ToAgencyId, body.Note, ctx.Actor(), ctx.Correlation()))
            .WithName("resolveDispute")
            .AnsweredInOneCommit()
            .WithSummary("处理异议 · Resolve a dispute");
        group.MapPost("/reports", (string id, ReportRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).SubmitReportAsync(body.Narrative ?? "", body.Indicators ?? [], ctx.Actor(), ctx.Correlation(), body.Period))
            .WithName("submitReport")
            .AnsweredInOneCommit()
            .WithSummary("报送进展 · Submit a progress report");
        group.MapPost("/reports/{number:int}/review", (string id, int number, ReviewRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).ReviewReportAsync(number, Decide(body.Decision, "accept", "return"), body.Note, ctx.Actor(), ctx.Correlation()))
            .WithName("reviewReport")
            .AnsweredInOneCommit()
            .WithSummary("审核进展 · Review a progress report");
        group.MapPost("/contribution", (string id, TextRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).ContributeAsync(body.Text ?? "", ctx.Actor(), ctx.Correlation()))
            .WithName("submitContribution")
            .AnsweredInOneCommit()
            .WithSummary("报送配合情况 · Submit a cooperating agency's contribution");
        group.MapPost("/waive", (string id, ReasonRequest? body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).WaiveAsync(body?.Reason, ctx.Actor(), ctx.Correlation()))
            .WithName("waiveAssignment")
            .AnsweredInOneCommit()
            .WithSummary("免除配合 · Waive a cooperating assignment");
        group.MapPost("/completion", (string id, CompletionRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).SubmitCompletionAsync(body.Evidence ?? "", ctx.Actor(), ctx.Correlation()))
            .WithName("submitCompletion")
            .AnsweredInOneCommit()
            .WithSummary("申报办结 · Submit completion");
        group.MapPost("/completion/review", (string id, ReviewRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).ReviewCompletionAsync(Decide(body.Decision, "approve", "return"), body.Note, ctx.Actor(), ctx.Correlation()))
            .WithName("reviewCompletion")
            .AnsweredInOneCommit()
            .WithSummary("审核办结 · Review a completion");
        group.MapPost("/withdraw", (string id, ReasonRequest? body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).WithdrawAsync(body?.Reason, ctx.Actor(), ctx.Correlation()))
            .WithName("withdrawAssignment")
            .AnsweredInOneCommit()
            .WithSummary("撤回任务 · Withdraw an assignment");
        group.MapPost("/escalate", (string id, EscalateRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).EscalateAsync(body.Reason ?? "", body.Step, body.Colour, ctx.Actor(), ctx.Correlation()))
            .WithName("escalateAssignment")
            .WithSummary("升级督办 · Escalate an assignment by hand");
        group.MapPost("/extension", (string id, ExtensionRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).RequestExtensionAsync(body.Date ?? default, body.Reason ?? "", ctx.Actor(), ctx.Correlation()))
            .WithName("requestExtension")
            .WithSummary("申请延期 · Ask for an extension");
        group.MapPost("/extension/decide", (string id, ExtensionDecisionRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).DecideExtensionAsync(Decide(body.Decision, "approve", "reject"), body.Date, body.Note, ctx.Actor(), ctx.Correlation()))
            .WithName("decideExtension")
            .WithSummary("审批延期 · Decide an extension request");
        group.MapPost("/interviews", (string id, InterviewRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).RecordInterviewAsync(
                new InterviewInput(
                    body.HeldOn ?? default, body.Place ?? "", body.Attendees ?? [], body.Minutes ?? "",
                    body.Commitments?.Select(c => c is null ? null! : new CommitmentInput(c.Text ?? "", c.Due ?? default)).ToList() ?? []),
                ctx.Actor(), ctx.Correlation()))
            .WithName("recordInterview")
            .WithSummary("记录约谈 · Record an accountability interview");
        group.MapPost("/interviews/{interview:int}/commitments/{number:int}/fulfil", (string id, int interview, int number, CompletionRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IAssignmentGrain>(id).FulfilCommitmentAsync(interview, number, body.Evidence ?? "", ctx.Actor(), ctx.Correlation()))
            .WithName("fulfilCommitment")
            .WithSummary("报送整改完成 · Report a rectification commitment fulfilled");
    }

    private static bool Decide(string? decision, string yes, string no) =>
        decision == yes || (decision != no
            ? throw SupervisionException.Invalid("review.decision", $"'decision' must be '{yes}' or '{no}' (was '{decision}').", "decision").With("allowed", $"{yes}、{no}")
            : false);

    private static T ParseEnum<T>(string? value, string field, string code)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw SupervisionException.Invalid(code, $"'{field}' must be one of {string.Join(", ", Names<T>())} (was '{value}').", field).With("allowed", string.Join("、", Names<T>()));

    private static IEnumerable<string> Names<T>()
        where T : struct, Enum => Enum.GetNames<T>().Select(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName);
}
