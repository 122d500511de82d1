using System.Globalization;
using System.Text;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Story;

namespace Supervision.Host.Web.Items;

/// <summary>
/// A trail as a spreadsheet: first what a person reads (local time with the zone in its header, event, who, agency, the
/// sentence), then the raw columns an auditor checks against the JSON export (position, stream, version, type, the actor's
/// ids, the recorded UTC time, hash, payload). Chinese headers unless English is asked for.
/// </summary>
public static class TrailCsv
{
    public static byte[] Of(IEnumerable<TrailLine> lines, TimeZoneInfo zone, bool english)
    {
        ArgumentNullException.ThrowIfNull(zone);
        string H(string zh, string en) => english ? en : zh;
        var headers = new[]
        {
            H($"时间（{zone.Id}）", $"Time ({zone.Id})"), H("事件", "Event"), H("经办人", "Who"), H("单位", "Agency"), H("说明", "What happened"),
            H("位置", "Position"), H("事件流", "Stream"), H("版本", "Version"), H("事件类型", "Type"), H("用户编号", "User id"), H("角色", "Role"),
            H("单位编号", "Agency id"), H("记录时间（UTC）", "Recorded at (UTC)"), H("哈希", "Hash"), H("原始数据", "Payload"),
        };
        var csv = new StringBuilder().AppendJoin(',', headers.Select(Cell)).Append("\r\n");
        foreach (var l in lines)
        {
            var e = l.Event;
            csv.AppendJoin(',', new[]
            {
                TimeZoneInfo.ConvertTime(e.At, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), l.Title, l.Who, l.Agency ?? "", l.Sentence,
                e.Position.ToString(CultureInfo.InvariantCulture), e.StreamId, e.Version.ToString(CultureInfo.InvariantCulture), e.Type,
                e.Actor.UserId, e.Actor.Role, e.Actor.AgencyId ?? "", TrailTime.Format(e.At), e.Hash, e.Payload,
            }.Select(Cell)).Append("\r\n");
        }

        // A BOM so that Excel, which most offices open CSV files with, reads the Chinese as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    // Quoted always; a leading = + - @ is defused so that a spreadsheet never runs a cell as a formula.
    private static string Cell(string value) =>
        "\"" + (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
