using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;

namespace Supervision.Host.Web.Items;

/// <summary>An item's trail as a timeline with the verdict of its hash chains; the JSON export and a CSV to download. Read-only for everyone.</summary>
public sealed class TrailModel(IGrainFactory grains, ItemTrailQuery trails) : UiPage
{
    public ItemView Item { get; private set; } = null!;

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    public TrailVerification Verdict { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    public async Task<IActionResult> OnGetCsvAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var csv = new StringBuilder("position,stream,version,type,at,user,role,agency,hash,payload\r\n");
        foreach (var e in Events)
        {
            csv.AppendJoin(',', new[]
            {
                e.Position.ToString(CultureInfo.InvariantCulture), e.StreamId, e.Version.ToString(CultureInfo.InvariantCulture), e.Type,
                TrailTime.Format(e.At), e.Actor.UserId, e.Actor.Role, e.Actor.AgencyId ?? "", e.Hash, e.Payload,
            }.Select(Cell)).Append("\r\n");
        }

        // A BOM so that Excel, which most offices open CSV files with, reads the Chinese as UTF-8.
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"trail-{id}.csv");
    }

    // Quoted always; a leading = + - @ is defused so that a spreadsheet never runs a cell as a formula.
    private static string Cell(string value) =>
        "\"" + (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private async Task<bool> LoadAsync(string id)
    {
        if (await grains.GetGrain<IActionItemGrain>(id).GetAsync(Actor) is not { } item)
        {
            return false;
        }

        Item = item;
        try
        {
            Events = await trails.RunAsync(Actor, id, HttpContext.RequestAborted);
        }
        catch (SupervisionException)
        {
            return false;
        }

        Verdict = TrailVerifier.Verify(Events);
        return true;
    }
}
