using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Assignments;
using Supervision.Engine.Attachments;
using Supervision.Engine.Campaigns;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Host.Web.Attachments;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Campaigns;

/// <summary>
/// A campaign's report (findings by agency and status) and its work: the office records findings and verifies
/// rectifications (销号 or return); an agency reports what it rectified on its own findings; inspectors read.
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxBytes * AttachmentStore.MaxFiles + 1024 * 1024)]
public sealed class DetailModel(CampaignQuery campaigns, IGrainFactory grains, AttachmentStore files, AttachmentQuery attachments) : UiPage
{
    public CampaignReport Report { get; private set; } = null!;

    /// <summary>The open assignments in the campaign's scope, for the office's finding form.</summary>
    public IReadOnlyList<(string Id, string ItemRef, string AgencyId)> InScope { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    /// <summary>The files recorded as uploaded to each finding's assignment, for the readers of the campaign report.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AttachedFile>> Files { get; private set; } = new Dictionary<string, IReadOnlyList<AttachedFile>>();

    public IReadOnlyList<AttachedFile> FilesOf(string assignmentId) => Files.GetValueOrDefault(assignmentId) ?? [];

    public Task<IActionResult> OnPostFindingAsync(string id, string? assignment, string? severity, string? text, DateOnly? due, string? op) =>
        RunAsync(id, async () =>
        {
            var upload = await files.UploadAsync(text, Request.Form.Files, HttpContext.RequestAborted);
            await grains.GetGrain<IFindingsGrain>(assignment ?? "").RecordFindingAsync(
                id, new FindingInput(severity ?? "", upload.Text ?? "", due ?? default), Actor, Correlation(op), upload.Files);
        }, L["问题已记录，整改已交办。", "Finding recorded; its rectification is owed."]);

    public Task<IActionResult> OnPostRectifyAsync(string id, string? assignment, int number, string? text, string? op) =>
        RunAsync(id, async () =>
        {
            var upload = await files.UploadAsync(text, Request.Form.Files, HttpContext.RequestAborted);
            await grains.GetGrain<IFindingsGrain>(assignment ?? "").RectifyFindingAsync(number, upload.Text ?? "", Actor, Correlation(op), upload.Files);
        }, L["整改情况已报送。", "Rectification reported."]);

    public Task<IActionResult> OnPostReviewAsync(string id, string? assignment, int number, string? decision, string? note, DateOnly? due, string? op) =>
        RunAsync(id, () => decision == "close"
                ? grains.GetGrain<IFindingsGrain>(assignment ?? "").CloseFindingAsync(number, note, Actor, Correlation(op))
                : grains.GetGrain<IFindingsGrain>(assignment ?? "").ReturnFindingAsync(number, note ?? "", due, Actor, Correlation(op)),
            decision == "close" ? L["问题已销号。", "Finding closed."] : L["整改已退回。", "Rectification returned."]);

    public Task<IActionResult> OnPostCloseAsync(string id, string? summary, string? op) =>
        RunAsync(id, () => grains.GetGrain<ICampaignGrain>(id).CloseAsync(summary, Actor, Correlation(op)), L["专项督导已结束。", "Campaign closed."]);

    public string Severity(string severity) => L.Severity(severity);

    public string Status(string status) => status switch
    {
        "open" => L["待整改", "to rectify"],
        "rectified" => L["待核验", "to verify"],
        _ => L["已销号", "closed"],
    };

    private async Task<IActionResult> RunAsync(string id, Func<Task> command, string done)
    {
        if (await TryAsync(command, done))
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id) ? Page() : Missing();
    }

    private async Task<bool> LoadAsync(string id)
    {
        try
        {
            Report = await campaigns.ReportAsync(id, Actor, HttpContext.RequestAborted);
        }
        catch (SupervisionException e) when (e.Kind == FailureKind.NotFound)
        {
            return false;
        }

        Files = await attachments.OnAssignmentsAsync(Report.Findings.Select(f => f.AssignmentId), Actor, HttpContext.RequestAborted);
        InScope = await campaigns.InScopeAsync(Report.Campaign, Actor, HttpContext.RequestAborted);
        return true;
    }
}
