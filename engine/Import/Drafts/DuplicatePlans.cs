using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Import.Drafts;

/// <summary>
/// Finds the committed plans a draft would duplicate: a plan that a draft of the same text became, or any plan
/// (imported or made by hand) with the same title and issue date. Asked at every read, so a plan committed after
/// the upload is seen too.
/// </summary>
internal static class DuplicatePlans
{
    /// <summary>
    /// SHA-256 of the extracted text with trailing spaces and blank lines dropped: the same document as .txt, .docx
    /// or re-saved gives the same hash.
    /// </summary>
    public static string ContentHash(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    public static async Task<IReadOnlyList<DuplicatePlan>> FindAsync(ITables tables, ImportDraft draft, CancellationToken cancellationToken)
    {
        var issued = draft.Draft.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var byContent = draft.ContentHash is null
            ? []
            : await tables.QueryAsync("""
                SELECT DISTINCT p.id, p.title, p.issued FROM import_drafts d JOIN plans p ON p.id = d.committed_plan_id
                WHERE d.content_hash = @hash AND d.id <> @draft
                """,
                new Dictionary<string, object?> { ["hash"] = draft.ContentHash, ["draft"] = draft.Id },
                r => new DuplicatePlan(r.GetString(0), r.GetString(1), r.NullableString(2), DuplicatePlan.ByContent),
                cancellationToken);
        var byTitle = await tables.QueryAsync($"SELECT id, title, issued FROM plans WHERE title = @title AND {(issued is null ? "issued IS NULL" : "issued = @issued")}",
            new Dictionary<string, object?> { ["title"] = draft.Draft.Title.Trim(), ["issued"] = issued },
            r => new DuplicatePlan(r.GetString(0), r.GetString(1), r.NullableString(2), DuplicatePlan.ByTitleAndIssueDate),
            cancellationToken);
        return [.. byContent.Concat(byTitle)
            .Where(p => p.PlanId != draft.CommittedPlanId)
            .DistinctBy(p => p.PlanId)
            .OrderBy(p => p.PlanId, StringComparer.Ordinal)];
    }
}
