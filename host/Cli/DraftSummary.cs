using System.Globalization;
using Supervision.Engine.Import;

namespace Supervision.Host.Cli;

/// <summary>A draft as a coordinator reads it in a terminal: items with their agencies, deadlines and targets, then the warnings.</summary>
public static class DraftSummary
{
    public static void Write(TextWriter output, PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(draft);
        output.WriteLine($"方案 Plan: {(draft.Title.Length == 0 ? "(无标题 no title)" : draft.Title)}");
        output.WriteLine($"发文 Issuer: {draft.Issuer ?? "-"} · {Date(draft.Issued) ?? "-"}");
        foreach (var target in draft.Targets)
        {
            output.WriteLine($"  目标 Target: {Target(target)}");
        }

        output.WriteLine();
        output.WriteLine($"事项 Items ({draft.Items.Count}):");
        foreach (var item in draft.Items)
        {
            output.WriteLine($"  {item.Ref} {item.Title}  [line {item.Line}]");
            output.WriteLine($"      牵头 Lead:        {Names(item.Lead)}");
            output.WriteLine($"      配合 Cooperating: {Names(item.Cooperating)}");
            if (item.Deadline is { } deadline)
            {
                output.WriteLine($"      期限 Deadline:    {Date(deadline.Due) ?? "-"} ({deadline.Text})");
            }

            if (item.Leader is not null || item.Score is not null)
            {
                output.WriteLine($"      领导 Leader:      {item.Leader ?? "-"} · 分值 Score: {item.Score?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
            }

            foreach (var target in item.Targets)
            {
                output.WriteLine(target.Candidate ? $"      候选 Candidate:   {Target(target)}" : $"      目标 Target:      {Target(target)}");
            }

            if (item.Parts is { Count: > 1 } parts)
            {
                output.WriteLine($"      分段 Parts:       {parts.Count} (split_item)");
            }
        }

        output.WriteLine();
        output.WriteLine($"机构 Agencies: {draft.Agencies.Count} · 警告 Warnings ({draft.Warnings.Count}):");
        foreach (var warning in draft.Warnings)
        {
            output.WriteLine($"  line {warning.Line}: {warning.Message}");
        }
    }

    // An unresolved name is shown as printed with a marker, so it stands out in the list.
    private static string Names(IReadOnlyList<AgencyMention> mentions) => mentions.Count == 0
        ? "-"
        : string.Join("、", mentions.Select(m => (m.Canonical ?? $"{m.Printed} (? {m.Status.ToString().ToLowerInvariant()})") + Note(m.Note)));

    private static string Note(string? note) => note switch
    {
        "guidance" => " [指导 guidance]",
        "supervision" => " [督促 supervision]",
        _ => "",
    };

    private static string Target(Quantity q) =>
        string.Create(CultureInfo.InvariantCulture, $"{q.Comparator.ToSymbol()} {q.Value} {q.Unit} — {q.Text}");

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
