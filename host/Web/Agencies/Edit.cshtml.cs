using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Engine.Notices;

namespace Supervision.Host.Web.Agencies;

/// <summary>
/// The office (or the administrator) keeps an agency's contacts and other names: the liaison who receives notices, the
/// head copied on escalations, the aliases imports resolve. Each form is the agency grain's own intent; a refused form
/// shows again with what was typed. Notices that found no address before are listed here; they are not sent again.
/// </summary>
public sealed class EditModel(IGrainFactory grains, NoticeQuery notices) : UiPage
{
    public AgencyView Agency { get; private set; } = null!;

    public IReadOnlyList<NoticeRecord> Unaddressed { get; private set; } = [];

    [BindProperty] public ContactForm Liaison { get; set; } = new();

    [BindProperty] public ContactForm Head { get; set; } = new();

    [BindProperty] public string? Aliases { get; set; }

    /// <summary>The agency above this one, picked by name (empty: none).</summary>
    [BindProperty] public string? ParentId { get; set; }

    /// <summary>The agencies that may be picked as the parent: every other one, by name.</summary>
    public IReadOnlyList<AgencySummary> Parents { get; private set; } = [];

    public bool MayEdit => Actor.Role is Engine.Access.Roles.Coordinator or Engine.Access.Roles.Admin;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        (Liaison, Head, Aliases, ParentId) = (ContactForm.Of(Agency.Liaison), ContactForm.Of(Agency.Head), string.Join("、", Agency.Aliases), Agency.ParentId);
        return Page();
    }

    public async Task<IActionResult> OnPostContactsAsync(string id, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var done = Unaddressed.Count == 0
            ? L["联系人已保存。", "Contacts saved."]
            : L[$"联系人已保存。此后的通知将发往这里；此前未能发出的 {Unaddressed.Count} 条通知不会补发。", $"Contacts saved. Notices from now on go here; the {Unaddressed.Count} earlier ones that reached nobody are not sent again."];
        if (await TryAsync(() => grains.GetGrain<IAgencyGrain>(id).SetContactsAsync(Liaison.ToContact(), Head.ToContact(), Actor, Correlation(op)), done))
        {
            return LocalRedirect($"/agencies/{Uri.EscapeDataString(id)}/edit");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostAliasesAsync(string id, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var names = (Aliases ?? "").Split(['、', ',', '，', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await TryAsync(() => grains.GetGrain<IAgencyGrain>(id).SetAliasesAsync(names, Actor, Correlation(op)), L["简称已保存。", "Aliases saved."]))
        {
            return LocalRedirect($"/agencies/{Uri.EscapeDataString(id)}/edit");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostParentAsync(string id, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var parent = string.IsNullOrWhiteSpace(ParentId) ? null : ParentId;
        if (await TryAsync(() => grains.GetGrain<IAgencyGrain>(id).SetParentAsync(parent, Actor, Correlation(op)), L["上级单位已保存。", "Parent saved."]))
        {
            return LocalRedirect($"/agencies/{Uri.EscapeDataString(id)}/edit");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (!MayEdit || await grains.GetGrain<IAgencyGrain>(id).ReadAsync(Actor) is not { } agency)
        {
            return false;
        }

        Agency = agency;
        Parents = [.. AgencyList.Where(a => a.Id != id && !a.IsGroup)];
        var unaddressed = await notices.ListAsync(Actor, NoticeState.Unaddressed, 0, Engine.Access.Limits.NoticesPage, HttpContext.RequestAborted);
        Unaddressed = [.. unaddressed.Where(n => n.AgencyId == id)];
        return true;
    }
}
