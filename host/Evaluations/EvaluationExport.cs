using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation;
using Supervision.Workflows.Scoring;

namespace Supervision.Host.Evaluations;

/// <summary>
/// An evaluation as a workbook (得分, 扣分明细, 表扬名单, 通报名单 — numbers as numbers, times as dates in the office's zone,
/// <c>Supervision:TimeZone</c>)
/// or one of those tables as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese). Chinese headers unless English is asked for.
/// </summary>
public sealed class EvaluationExport(EvaluationView view, IReadOnlyDictionary<string, string> names, bool english, TimeZoneInfo zone)
{
    public static IReadOnlyList<string> Parts { get; } = ["scores", "lines", "commended", "circulated"];

    public byte[] Xlsx()
    {
        var sheets = new Dictionary<string, object>
        {
            [H("得分", "Scores")] = Table("scores"),
            [H("扣分明细", "Points lost")] = Table("lines"),
            [H("表扬名单", "Commended")] = Table("commended"),
            [H("通报名单", "Circulated")] = Table("circulated"),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public byte[] Csv(string part)
    {
        var rows = Table(part);
        var text = new StringBuilder();
        var headers = rows.Count > 0 ? [.. rows[0].Keys] : Headers(part);
        text.Append(string.Join(',', headers.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', headers.Select(h => Quote(Cell(row[h]))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private List<Dictionary<string, object?>> Table(string part) => part switch
    {
        "scores" => [.. view.Sheet.Agencies.Select(Score)],
        "lines" => [.. view.Sheet.Agencies.SelectMany(a => a.Lines.Select(l => Line(a, l)))],
        "commended" => [.. view.Sheet.Commended.Select(Entry)],
        "circulated" => [.. view.Sheet.Circulated.Select(Entry)],
        _ => throw SupervisionException.Invalid("export.part", $"'part' must be one of {string.Join(", ", Parts)} (was '{part}').", "part").With("allowed", string.Join("、", Parts)),
    };

    // The headers of an empty table: one made-up row's keys.
    private List<string> Headers(string part) => part switch
    {
        "scores" => [.. Score(new AgencyScore("", 0, 0, [], [])).Keys],
        "lines" => [.. Line(new AgencyScore("", 0, 0, [], []), new ScoreLine("", 0, null, new EventRef("", 0, 0, "", default), "", "")).Keys],
        _ => [.. Entry(new ListEntry("", 0, 0, [])).Keys],
    };

    private Dictionary<string, object?> Score(AgencyScore a)
    {
        var row = new Dictionary<string, object?>
        {
            [H("排名", "Rank")] = a.Rank, [H("单位编号", "Agency id")] = a.AgencyId, [H("单位", "Agency")] = Name(a.AgencyId), [H("总分", "Total")] = a.Total,
        };
        foreach (var key in Criteria.All)
        {
            var c = a.Criteria.FirstOrDefault(x => x.Key == key);
            row[english ? Criteria.Name(key).En : Criteria.Name(key).Zh] = c is null ? 0d : Math.Round(c.Points, 2);
        }

        row[H("冻结", "Frozen")] = view.Frozen ? H("是", "yes") : H("否", "no");
        row[H("计算截至", "As of")] = Local(view.Sheet.AsOf);
        return row;
    }

    private Dictionary<string, object?> Line(AgencyScore a, ScoreLine l) => new()
    {
        [H("单位编号", "Agency id")] = a.AgencyId, [H("单位", "Agency")] = Name(a.AgencyId),
        [H("指标", "Criterion")] = english ? Criteria.Name(l.Criterion).En : Criteria.Name(l.Criterion).Zh,
        [H("分值", "Points")] = Math.Round(l.Points, 4), [H("事项", "Item")] = l.ItemRef ?? "", [H("说明", "Reason")] = english ? l.En : l.Zh,
        [H("事件流", "Stream")] = l.Event.StreamId, [H("版本", "Version")] = l.Event.Version, [H("位置", "Position")] = l.Event.Position,
        [H("事件类型", "Event type")] = l.Event.Type, [H("事件时间", "Event time")] = Local(l.Event.At),
    };

    private Dictionary<string, object?> Entry(ListEntry e) => new()
    {
        [H("排名", "Rank")] = e.Rank, [H("单位编号", "Agency id")] = e.AgencyId, [H("单位", "Agency")] = Name(e.AgencyId), [H("总分", "Total")] = e.Total,
        [H("理由", "Reasons")] = string.Join(english ? "; " : "；", e.Reasons.Select(r => english ? r.En : r.Zh)),
        [H("引用事件", "Events cited")] = string.Join(" ", e.Reasons.Where(r => r.Event is not null).Select(r => $"{r.Event!.StreamId}@{r.Event.Version}")),
    };

    private string H(string zh, string en) => english ? en : zh;

    private string Name(string agencyId) => names.GetValueOrDefault(agencyId, agencyId);

    private DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).DateTime;

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
