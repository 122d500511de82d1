using Supervision.Engine.Agencies;

namespace Supervision.Host.Web.Forms;

/// <summary>Agencies as a picker shows them: grouped by kind (departments, Party organs, local governments …), by name within.</summary>
public static class AgencyGroups
{
    private static readonly string[] Order = ["department", "party", "people_organisation", "central", "local_government", "group"];

    public static IEnumerable<(string Label, IReadOnlyList<AgencySummary> Agencies)> Of(IEnumerable<AgencySummary> agencies, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return agencies
            .GroupBy(a => a.IsGroup ? "group" : a.Kind)
            .OrderBy(g => Array.IndexOf(Order, g.Key) is var i and >= 0 ? i : Order.Length)
            .Select(g => (Kind(g.Key, lang), (IReadOnlyList<AgencySummary>)[.. g.OrderBy(a => a.Name, StringComparer.Ordinal)]));
    }

    public static string Kind(string kind, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return kind switch
        {
            "department" => lang["政府部门", "Government departments"],
            "party" => lang["党委部门", "Party organs"],
            "people_organisation" => lang["人民团体", "People's organisations"],
            "central" => lang["中央驻地单位", "Central agencies in the region"],
            "local_government" => lang["地方政府", "Local governments"],
            "group" => lang["单位组（地区）", "Agency groups (regions)"],
            _ => lang["其他单位", "Other agencies"],
        };
    }
}
