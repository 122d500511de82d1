using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Host.Trails;

/// <summary>The verdict on an export for people: Chinese first, then English; the same words from the API and the CLI.</summary>
public static class TrailVerdict
{
    public static string Describe(TrailCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var result = check.Verification;
        if (result.FirstFault is { } f)
        {
            return $"已被篡改 Tampered: 第一个异常事件位于 position {f.Position} (stream {f.StreamId}, version {f.Version}): {f.Reason}";
        }

        if (check.Checkpoint is { } cp && check.Cuts.Count > 0)
        {
            var cuts = string.Join(" ", check.Cuts.Select(c => c.StreamId is null ? $"日志 log: {c.Reason}" : $"流 stream '{c.StreamId}': {c.Reason}"));
            var older = check.Document.ExportedAt < cp.At ? " 注意：导出早于检查点，请重新导出后再校验 — note: the export is older than the checkpoint; export again and verify that." : "";
            return $"已被截断 Cut: 检查点（{TrailTime.Format(cp.At)}，position {cp.Heads.Position}）之后有事件缺失 — events the checkpoint of {TrailTime.Format(cp.At)} signed are missing from {check.Document.Scope}: {cuts}{older}";
        }

        return check.Checkpoint is { } signed
            ? $"完好 Intact: {result.EventCount} 个事件（{result.StreamCount} 条流）校验通过，且包含检查点 {TrailTime.Format(signed.At)} 所签的全部头部 — " +
              $"{result.EventCount} events in {result.StreamCount} streams verify and reach every head the checkpoint signed for {check.Document.Scope} (key {signed.Fingerprint})."
            : $"完好 Intact: {result.EventCount} 个事件（{result.StreamCount} 条流）校验通过 — {result.EventCount} events in {result.StreamCount} streams verify.";
    }
}
