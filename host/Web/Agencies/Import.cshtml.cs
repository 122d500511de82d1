using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies.Import;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web.Agencies;

/// <summary>
/// The office (or an agency, for the agencies below it) loads a registry of agencies in one step: upload a CSV or .xlsx, read the preview (what is added, renamed,
/// moved; problems by line), commit it. A preview is kept under its id, so the page can be reloaded or come back to.
/// </summary>
public sealed class ImportModel(AgencyRegistryImport imports) : UiPage
{
    public RegistryPreview? Preview { get; private set; }

    /// <summary>Names of the agencies the file adds, by id, so the preview shows names, never ids (registered ones are in <see cref="UiPage.Names"/>).</summary>
    public IReadOnlyDictionary<string, string> AddedNames { get; private set; } = new Dictionary<string, string>();

    // An agency user imports agencies below its own agency; the engine lists any row outside it as a problem.
    /// <summary>The agency of an agency user, below which every row must lie; <c>null</c> for the office.</summary>
    public string? Keeper => Actor.Role == Engine.Access.Roles.Agency ? Actor.AgencyId : null;

    private bool MayImport => Actor.Role is Engine.Access.Roles.Coordinator or Engine.Access.Roles.Admin or Engine.Access.Roles.Agency;

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
                Show(await imports.GetAsync(Actor, id, HttpContext.RequestAborted));
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
            Show(done!);
            return Page();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Show(await imports.GetAsync(Actor, id, HttpContext.RequestAborted));
        return Page();
    }

    private void Show(RegistryPreview preview)
    {
        Preview = preview;
        AddedNames = preview.Added.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
    }
}
