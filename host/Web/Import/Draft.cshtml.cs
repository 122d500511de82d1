using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;

namespace Supervision.Host.Web.Import;

/// <summary>
/// Import, step two: the draft as a table of items, agencies and targets with the parser's warnings beside the lines
/// they concern; corrections in place (the API's draft edits); commit into a plan.
/// </summary>
public sealed class DraftModel(ImportDrafts drafts, Engine.Agencies.AgencyReachQuery reach) : UiPage
{
    public ImportDraft Stored { get; private set; } = null!;

    public PlanDraft Draft => Stored.Draft;

    /// <summary>Items without a deadline and agencies nobody could tell of their work (<see cref="DraftChecks"/>).</summary>
    public IReadOnlyList<DraftWarning> Checks { get; private set; } = [];

    public IReadOnlyList<DraftWarning> Unreached => [.. Checks.Where(w => w.ItemRef is null)];

    /// <summary>Registered agencies by name, for a link to the contacts page of one that cannot be reached.</summary>
    public IReadOnlyDictionary<string, string> IdsByName { get; private set; } = new Dictionary<string, string>();

    /// <summary>The registered agency an unreachable-agency warning names, if it is registered already.</summary>
    public string? AgencyIdOf(DraftWarning warning) =>
        warning?.Code == DraftChecks.Unreachable ? IdsByName.GetValueOrDefault(warning.Message.Split('"')[1]) : null;

    public IReadOnlyList<DraftWarning> WarningsOf(DraftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var next = Draft.Items.SkipWhile(i => i != item).Skip(1).FirstOrDefault()?.Line ?? int.MaxValue;
        return [.. Draft.Warnings.Where(w => w.ItemRef == item.Ref || (w.ItemRef is null && w.Line >= item.Line && w.Line < next)),
            .. Checks.Where(w => w.ItemRef == item.Ref)];
    }

    public IReadOnlyList<DraftWarning> General =>
        [.. Draft.Warnings.Where(w => w.ItemRef is null && (Draft.Items.Count == 0 || w.Line < Draft.Items[0].Line))
            .Concat(Stored.Duplicates.Select(d => d.Warning()))];

    /// <summary>The scanned pages whose image is kept, each shown beside the items read from it.</summary>
    public IReadOnlyList<int> ScannedPages { get; private set; } = [];

    /// <summary>The items read by OCR from <paramref name="page"/>.</summary>
    public IEnumerable<DraftItem> ItemsOf(int page) => Draft.Items.Where(i => i.Ocr?.Page == page);

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    /// <summary>A scanned page's image, for whoever may read the draft; 404 for everyone else and for a page without one.</summary>
    public async Task<IActionResult> OnGetScanAsync(string id, int number)
    {
        if (!IsOffice)
        {
            return Missing();
        }

        try
        {
            var png = await drafts.PageImageAsync(Actor, id, number, HttpContext.RequestAborted);
            Response.Headers.CacheControl = "private, max-age=3600";
            return File(png, "image/png");
        }
        catch (SupervisionException e) when (e.Kind is FailureKind.NotFound or FailureKind.Forbidden)
        {
            return Missing();
        }
    }

    public Task<IActionResult> OnPostItemAsync(string id, string item, string? lead, string? cooperating, string? due) =>
        EditAsync(id,
        [
            new DraftOperation("set_lead", item, Agencies: Split(lead)),
            new DraftOperation("set_cooperating", item, Agencies: Split(cooperating)),
            .. string.IsNullOrWhiteSpace(due) ? Array.Empty<DraftOperation>() : [new DraftOperation("set_deadline", item, Due: due.Trim())],
        ]);

    /// <summary>Names the indicator a target measures (the name progress is reported under), before the plan is made.</summary>
    public Task<IActionResult> OnPostTargetAsync(string id, string? item, int index, string? name) =>
        EditAsync(id, [new DraftOperation("name_target", string.IsNullOrEmpty(item) ? null : item, Index: index, Name: name)]);

    public Task<IActionResult> OnPostDropAsync(string id, string item) => EditAsync(id, [new DraftOperation("drop_item", item)]);

    public Task<IActionResult> OnPostAliasAsync(string id, string? agency, string? alias) =>
        EditAsync(id, [new DraftOperation("add_alias", Agency: agency, Alias: alias)]);

    public Task<IActionResult> OnPostAgencyAsync(string id, string? name) => EditAsync(id, [new DraftOperation("add_agency", Name: name)]);

    public async Task<IActionResult> OnPostCommitAsync(string id, bool allowDuplicate)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        try
        {
            var plan = await drafts.CommitAsync(Actor, id, null, allowDuplicate, HttpContext.RequestAborted);
            Done = L["方案已导入，可逐项交办。", "The plan is imported; dispatch its items."];
            return Redirect($"/plans/{plan.Id}");
        }
        catch (ImportConflictException e)
        {
            Problem = L[MessageCatalogue.Chinese(e.Code, null, new Dictionary<string, string> { ["plan_id"] = e.PlanId }), e.Message];
        }
        catch (SupervisionException e)
        {
            Refuse(e);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> EditAsync(string id, IReadOnlyList<DraftOperation?> operations)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        if (await TryAsync(() => drafts.EditAsync(Actor, id, operations, HttpContext.RequestAborted), L["草稿已修改。", "Draft corrected."]))
        {
            return Redirect($"/import/{id}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Names separated by 、 , ； or new lines, but not inside brackets: 各地(州、市)人民政府 is one name.</summary>
    private static List<string> Split(string? names)
    {
        var list = new List<string>();
        var current = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in names ?? "")
        {
            depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
            if (depth <= 0 && c is '、' or ',' or '，' or ';' or '；' or '\n')
            {
                list.Add(current.ToString());
                current.Clear();
                depth = 0;
                continue;
            }

            current.Append(c);
        }

        list.Add(current.ToString());
        return [.. list.Select(n => n.Trim()).Where(n => n.Length > 0)];
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (!IsOffice)
        {
            return false;
        }

        try
        {
            Stored = await drafts.GetAsync(Actor, id, HttpContext.RequestAborted);
            ScannedPages = await drafts.ScannedPagesAsync(Actor, id, HttpContext.RequestAborted);
            var agencies = await reach.RunAsync(Actor, HttpContext.RequestAborted);
            IdsByName = agencies.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            Checks = DraftChecks.Of(Draft, agencies.Select(a => a.Name).ToHashSet(StringComparer.Ordinal),
                agencies.Where(a => !a.Unreachable || a.IsGroup).Select(a => a.Name).ToHashSet(StringComparer.Ordinal));
            return true;
        }
        catch (SupervisionException e) when (e.Kind == FailureKind.NotFound)
        {
            return false;
        }
    }
}
