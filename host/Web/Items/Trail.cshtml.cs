using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Story;
using Supervision.Host.Targets;
using Supervision.Workflows.Calendar;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Items;

/// <summary>
/// An item's trail told as sentences (who, by name, did what to which assignment, with what), each with its raw data one
/// click away, under the verdict of its hash chains; the JSON export (evidence, unchanged) and a CSV to download. Read-only for everyone.
/// </summary>
public sealed class TrailModel(IGrainFactory grains, ItemTrailQuery trails, StoryNamesQuery names, DueTimes due) : UiPage
{
    public ItemView Item { get; private set; } = null!;

    public IReadOnlyList<TrailLine> Lines { get; private set; } = [];

    public TrailVerification Verdict { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id, L.English) ? Page() : Missing();

    public async Task<IActionResult> OnGetCsvAsync(string id)
    {
        var english = ExportLanguage.English(Request);
        return await LoadAsync(id, english)
            ? File(TrailCsv.Of(Lines, due.Zone, english), "text/csv; charset=utf-8", $"trail-{id}.csv")
            : Missing();
    }

    /// <summary>Whether the reader may open an assignment of this agency: a link is shown only where it leads somewhere.</summary>
    public bool MayOpen(string agencyId) => SeesAssignmentOf(Actor, agencyId);

    public bool MayOpenAssignment(string assignmentId) =>
        Item.Assignments.FirstOrDefault(a => a.AssignmentId == assignmentId) is { } a && MayOpen(a.AgencyId);

    private async Task<bool> LoadAsync(string id, bool english)
    {
        if (await grains.GetGrain<IActionItemGrain>(id).GetAsync(Actor) is not { } item)
        {
            return false;
        }

        Item = item;
        IReadOnlyList<StoredEvent> events;
        try
        {
            events = await trails.RunAsync(Actor, id, HttpContext.RequestAborted);
        }
        catch (SupervisionException)
        {
            return false;
        }

        Verdict = TrailVerifier.Verify(events);
        var story = await names.RunAsync(Actor, item.Assignments, HttpContext.RequestAborted);
        Lines = [.. events.Select(e => TrailStory.Tell(e, story, english))];
        return true;
    }
}
