using MiniExcelLibs;
using Supervision.Engine.Agencies;
using Supervision.Engine.Errors;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Targets;

/// <summary>
/// A plan's status and indicator progress as a workbook (sheets: indicator progress, plan status, agencies' figures) or
/// as CSV (one table: <c>table=indicators</c>, the default, or <c>table=status</c>), at any instant; headers in Chinese
/// unless English is asked for.
/// </summary>
public sealed class PlanExport(ProgressQuery progress, AgencyListQuery agencies, DueTimes dueTimes)
{
    public async Task<ExportFile> RunAsync(string planId, string? format, DateTimeOffset? asOf, Actor actor, bool english, CancellationToken cancellationToken, string? table = null)
    {
        if (format is not ("xlsx" or "csv"))
        {
            throw SupervisionException.Invalid("export.format", $"'format' must be xlsx or csv (was '{format}').", "format");
        }

        var snapshot = await progress.SnapshotAsync(planId, asOf, actor, cancellationToken);
        var names = (await agencies.RunAsync(actor, cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var sheets = new PlanSheets(progress, dueTimes, english, names);
        var stamp = dueTimes.LocalDate(snapshot.AsOf).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var tablesOut = sheets.Of(snapshot);
        if (format == "csv")
        {
            var one = table == "status" ? tablesOut[1] : tablesOut[0];
            return new ExportFile(one.Csv(), "text/csv; charset=utf-8", $"{planId}-{(table == "status" ? "status" : "indicators")}-{stamp}.csv");
        }

        var workbook = tablesOut.ToDictionary(t => t.Name, t => (object)t.Records().ToList(), StringComparer.Ordinal);
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(workbook, cancellationToken: cancellationToken);
        return new ExportFile(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{planId}-{stamp}.xlsx");
    }
}
