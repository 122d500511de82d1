using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Import;

/// <summary>Import, step one: upload a plan document (text, .docx or PDF) into a draft; the drafts kept so far.</summary>
// Room for the largest importable file (ImportLimits: 20 MB) and its multipart framing; the importer itself refuses a larger file.
[RequestSizeLimit(22 * 1024 * 1024)]
public sealed class IndexModel(ImportDrafts drafts) : UiPage
{
    public IReadOnlyList<ImportDraftSummary> Drafts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!IsOffice)
        {
            return Missing();
        }

        Drafts = await drafts.ListAsync(Actor, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        RequireCoordinator(Actor, "import plans");
        if (file is null || file.Length == 0)
        {
            Problem = L["请选择要导入的文件。", "Choose a file to import."];
        }
        else
        {
            try
            {
                await using var content = file.OpenReadStream();
                var draft = await drafts.CreateAsync(Actor, content, Path.GetFileName(file.FileName), HttpContext.RequestAborted);
                return Redirect($"/import/{draft.Id}");
            }
            catch (ImportException e)
            {
                Problem = L[MessageCatalogue.Chinese(e.Code, "file", null), e.Message];
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Drafts = await drafts.ListAsync(Actor, HttpContext.RequestAborted);
        return Page();
    }
}
