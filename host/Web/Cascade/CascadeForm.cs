using Microsoft.AspNetCore.Http;
using Supervision.Engine.Cascade;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Targets;

namespace Supervision.Host.Web.Cascade;

/// <summary>
/// The cascade form of an assignment page (分解交办): one row per agency directly below the holder not yet given a part,
/// each with its role, due date, a share per indicator and instructions. Rows post in order under shared names
/// (<c>pick</c> holds the agencies chosen); a refusal naming <c>children[k]</c> is shown on the k-th chosen row.
/// </summary>
public sealed record CascadeForm(IReadOnlyList<CascadeForm.Row> Rows, IReadOnlyList<CascadeForm.Part> Parts)
{
    public sealed record Row(string AgencyId, string Name);

    /// <summary>One indicator the children may share: the parent's own bound (null: none), what its children already hold.</summary>
    public sealed record Part(string Indicator, decimal? Limit, decimal Given)
    {
        public decimal? Remainder => Limit - Given;
    }

    public static async Task<CascadeForm> ForAsync(IGrainFactory grains, TreeNode node, bool firstLevel, string planId, string itemId, IReadOnlyList<Row> below)
    {
        var given = node.Children.SelectMany(c => c.Figures).Where(f => f.Share is not null)
            .GroupBy(f => f.Indicator).ToDictionary(g => g.Key, g => g.Sum(f => f.Share!.Value), StringComparer.Ordinal);
        List<Part> parts;
        if (firstLevel)
        {
            var item = await grains.GetGrain<IActionItemGrain>(itemId).GetAsync(Engine.Trail.Actor.System);
            var plan = await grains.GetGrain<IPlanGrain>(planId).GetAsync(Engine.Trail.Actor.System);
            parts = [.. (item?.Targets ?? []).Concat(plan?.Targets ?? []).DistinctBy(IndicatorNames.Of)
                .Select(t => new Part(IndicatorNames.Of(t), t.Value, given.GetValueOrDefault(IndicatorNames.Of(t))))];
        }
        else
        {
            parts = [.. node.Figures.Where(f => f.Share is not null).Select(f => new Part(f.Indicator, f.Share, given.GetValueOrDefault(f.Indicator)))];
        }

        var taken = node.Children.Select(c => c.AgencyId).ToHashSet(StringComparer.Ordinal);
        return new CascadeForm([.. below.Where(r => !taken.Contains(r.AgencyId))], parts);
    }

    /// <summary>The children as the API takes them, from the rows chosen, in the rows' order.</summary>
    public List<CascadeChildInput?> Children(IFormCollection form)
    {
        var picked = form["pick"].OfType<string>().ToHashSet(StringComparer.Ordinal);
        var children = new List<CascadeChildInput?>();
        for (var r = 0; r < Rows.Count; r++)
        {
            if (!picked.Contains(Rows[r].AgencyId))
            {
                continue;
            }

            var shares = Parts.Select((p, j) => (p.Indicator, Text: At(form, $"share{j}", r)))
                .Where(s => s.Text.Length > 0)
                .Select(s => new ShareInput(s.Indicator, decimal.TryParse(s.Text, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .ToList();
            children.Add(new CascadeChildInput(Rows[r].AgencyId, At(form, "role", r), DateOnly.TryParse(At(form, "due", r), System.Globalization.CultureInfo.InvariantCulture, out var due) ? due : null,
                shares, At(form, "instructions", r)));
        }

        return children;
    }

    /// <summary>The API's names a row's control answers to when a refused form renders again (<c>children[k].due</c>).</summary>
    public static string Keys(IFormCollection? form, string agencyId, string field)
    {
        if (form is null || !form["pick"].Contains(agencyId))
        {
            return "";
        }

        var k = form["pick"].ToList().IndexOf(agencyId);
        return field.Length == 0 ? $"children[{k}].agency_id children[{k}]" : $"children[{k}].{field}";
    }

    /// <summary>The names a row's share of indicator <paramref name="j"/> answers to: its place among the row's shares filled in.</summary>
    public string ShareKeys(IFormCollection? form, int row, int j)
    {
        var child = Keys(form, Rows[row].AgencyId, "shares");
        if (child.Length == 0)
        {
            return "";
        }

        var place = Enumerable.Range(0, j).Count(i => At(form!, $"share{i}", row).Length > 0);
        return $"{child}[{place}].value {child}[{place}].indicator {child}";
    }

    private static string At(IFormCollection form, string name, int row) =>
        form[name] is { Count: > 0 } values && row < values.Count ? (values[row] ?? "").Trim() : "";
}
