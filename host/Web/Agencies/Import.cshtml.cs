using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Engine.Agencies.Import;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web.Agencies;

/// <summary>
/// The office loads a registry of agencies in one step: upload a CSV or .xlsx, read the preview (what is added, renamed,
/// moved; problems by line), commit it. A preview is kept under its id, so the page can be reloaded or come back to.
/// </summary>
public sealed class ImportModel(AgencyRegistryImport imports, AgencyListQuery agencies) : UiPage
{
    public RegistryPreview? Preview { get; private set; }

    /// <summary>Agency names by id (registered, and those the file adds), so the preview shows names, never ids.</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string? RefusedFile { get; private set; }

    private bool MayImport => Actor.Role is Engine.Access.Roles.Coordinator or Engine.Access.Roles.Admin;

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (!MayImport)
        {
            return Missing();
        }

        if (!string.IsNullOrEmpty(id))
        {
            try
            {
                await ShowAsync(await imports.GetAsync(Actor, id, HttpContext.RequestAborted));
            }
            catch (SupervisionException e) when (e.Kind == FailureKind.NotFound)
            {
                return Missing();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (!MayImport)
        {
            return Missing();
        }

        RegistryPreview? preview = null;
        if (await TryAsync(async () =>
            {
                if (file is null || file.Length == 0)
                {
                    throw SupervisionException.Invalid("input.required", "Choose a CSV or .xlsx file.", L["名录文件", "Registry file"]);
                }

                if (file.Length > RegistryLimits.MaxFileBytes)
                {
                    throw SupervisionException.Invalid("agency_import.too_large", "The file is too large.", "file").With("limit", $"{RegistryLimits.MaxFileBytes / 1024 / 1024} MB");
                }

                using var copy = new MemoryStream();
                await file.CopyToAsync(copy, HttpContext.RequestAborted);
                preview = await imports.PreviewAsync(Actor, copy.ToArray(), Path.GetFileName(file.FileName), HttpContext.RequestAborted);
            }, L["已读取文件，请核对预览后提交。", "The file was read: check the preview, then commit."]))
        {
            return LocalRedirect($"/agencies/import?id={Uri.EscapeDataString(preview!.Id)}");
        }

        RefusedFile = file?.FileName;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string id)
    {
        if (!MayImport)
        {
            return Missing();
        }

        RegistryPreview? done = null;
        if (await TryAsync(async () => done = await imports.CommitAsync(Actor, id, null, HttpContext.RequestAborted), L["单位名录已导入。", "The registry was imported."]))
        {
            await ShowAsync(done!);
            return Page();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await ShowAsync(await imports.GetAsync(Actor, id, HttpContext.RequestAborted));
        return Page();
    }

    private async Task ShowAsync(RegistryPreview preview)
    {
        Preview = preview;
        var names = (await agencies.RunAsync(Actor, HttpContext.RequestAborted)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        foreach (var added in preview.Added)
        {
            names.TryAdd(added.Id, added.Name);
        }

        Names = names;
    }
}
