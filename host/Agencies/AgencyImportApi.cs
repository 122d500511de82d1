using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies.Import;
using Supervision.Host.Api;

namespace Supervision.Host.Agencies;

/// <summary>Loading a registry of agencies (单位名录导入): upload CSV or .xlsx to a preview, then commit it. The office, or an agency for the agencies below it.</summary>
public static class AgencyImportApi
{
    public static void MapAgencyImportApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/agencies/import", UploadAsync)
            .WithMetadata(BodilessGuard.OwnBody)
            .WithMetadata(new RequestSizeLimitAttribute(RegistryLimits.MaxFileBytes + (1024 * 1024)))
            .WithName("uploadAgencyImport")
            .WithSummary("上传单位名录 · Upload an agency registry for a preview");
        group.MapGet("/agencies/import/{id}", (string id, AgencyRegistryImport imports, HttpContext ctx) => imports.GetAsync(ctx.Actor(), id, ctx.RequestAborted))
            .WithName("getAgencyImport")
            .WithSummary("单位名录导入预览 · Read an agency import's preview");
        group.MapPost("/agencies/import/{id}/commit", (string id, AgencyRegistryImport imports, HttpContext ctx) => imports.CommitAsync(ctx.Actor(), id, null, ctx.RequestAborted))
            .WithName("commitAgencyImport")
            .WithSummary("提交单位名录导入 · Commit an agency import");
    }

    private static async Task<Results<Created<RegistryPreview>, ProblemHttpResult>> UploadAsync(AgencyRegistryImport imports, HttpContext ctx)
    {
        // Refuse before reading a byte of an upload the caller may not make.
        AgencyRegistryImport.RequireImporter(ctx.Actor());
        var upload = await RegistryUpload.ReadAsync(ctx.Request, ctx.RequestAborted);
        if (upload is null)
        {
            return TypedResults.Problem($"Send the registry as {RegistryUpload.AcceptedTypes}.", statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type.", extensions: new Dictionary<string, object?> { ["code"] = "import.unsupported_media_type", ["field"] = "file" });
        }

        if (ReferenceEquals(upload, RegistryUpload.TooLarge))
        {
            return TypedResults.Problem($"The file is larger than {RegistryLimits.MaxFileBytes / 1024 / 1024} MB; split it and import the parts.", statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The file is too large.", extensions: new Dictionary<string, object?> { ["code"] = "agency_import.too_large", ["field"] = "file" });
        }

        var preview = await imports.PreviewAsync(ctx.Actor(), upload.Content, upload.FileName, ctx.RequestAborted);
        return TypedResults.Created($"/api/v1/agencies/import/{preview.Id}", preview);
    }
}
