using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;
using Supervision.Engine.Plans;
using Supervision.Host.Api;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Import;

/// <summary>Plan import (导入): upload a document to a draft, read it, correct it, commit it into an undispatched plan. Coordinators only.</summary>
public static class ImportApi
{
    // Room for the multipart framing around a file of the largest accepted size; the file itself is held to
    // ImportLimits.MaxFileBytes by the reader, so a too-large file gets the import's own 413 problem.
    private const long FramingAllowance = 1024 * 1024;

    public sealed record CommitRequest(string? PlanId, bool? AllowDuplicate);

    public static void MapImportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/imports").WithTags("imports").RequireAuthorization();
        group.MapPost("", UploadAsync)
            .WithMetadata(BodilessGuard.OwnBody)
            .WithMetadata(new RequestSizeLimitAttribute(ImportLimits.Default.MaxFileBytes + FramingAllowance))
            .AddOpenApiOperationTransformer(UploadDescription.DescribeAsync)
            .WithName("uploadImport")
            .WithSummary("上传方案文件 · Upload a plan document into a draft");
        group.MapGet("", (ImportDrafts drafts, HttpContext ctx) => drafts.ListAsync(ctx.Actor(), ctx.RequestAborted))
            .WithName("listImports")
            .WithSummary("导入草稿列表 · List import drafts");
        group.MapGet("/{id}", async (string id, ImportDrafts drafts, HttpContext ctx) =>
            DraftResponse.From(await drafts.GetAsync(ctx.Actor(), id, ctx.RequestAborted)))
            .WithName("getImport")
            .WithSummary("导入草稿 · Read an import draft");
        group.MapPatch("/{id}", async (string id, List<DraftOperation?> operations, ImportDrafts drafts, HttpContext ctx) =>
            DraftResponse.From(await drafts.EditAsync(ctx.Actor(), id, operations, ctx.RequestAborted)))
            .WithName("correctImport")
            .WithSummary("修正草稿 · Correct an import draft");
        group.MapPost("/{id}/commit", CommitAsync)
            .WithName("commitImport")
            .WithSummary("提交导入 · Commit an import draft into a plan");
    }

    private static async Task<Results<Created<PlanView>, ProblemHttpResult>> CommitAsync(string id, CommitRequest? body, ImportDrafts drafts, HttpContext ctx)
    {
        var planId = body?.PlanId is null ? null : ApiContext.NewOrChecked(body.PlanId, "p", "plan_id");
        try
        {
            var plan = await drafts.CommitAsync(ctx.Actor(), id, planId, body?.AllowDuplicate ?? false, ctx.RequestAborted);
            return TypedResults.Created($"/api/v1/plans/{plan.Id}", plan);
        }
        catch (ImportConflictException e)
        {
            return ImportProblems.From(e);
        }
    }

    private static async Task<Results<Created<DraftResponse>, ProblemHttpResult>> UploadAsync(ImportDrafts drafts, HttpContext ctx)
    {
        // Refuse before reading a byte of a large upload the caller may not make.
        RequireCoordinator(ctx.Actor(), "import plans");
        var upload = await Upload.ReadAsync(ctx.Request, ctx.RequestAborted);
        if (upload is null)
        {
            return TypedResults.Problem(
                $"Send the document as {Upload.AcceptedTypes}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type.",
                extensions: new Dictionary<string, object?> { ["code"] = "import.unsupported_media_type", ["field"] = "file" });
        }

        try
        {
            var draft = await drafts.CreateAsync(ctx.Actor(), upload.Content, upload.FileName, ctx.RequestAborted);
            return TypedResults.Created($"/api/v1/imports/{draft.Id}", DraftResponse.From(draft));
        }
        catch (ImportException e)
        {
            return ImportProblems.From(e);
        }
    }
}
