using System.Text.Json;
using MimeKit;
using Supervision.Engine.Notices.Mail;
using Supervision.Engine.Notices.Templates;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices.Digests;

/// <summary>
/// What a day's digests say, from the tables: per agency, what it owes that is overdue or due within
/// <c>DigestDueWithinDays</c>; for the office, the last day's escalations, failed or unaddressed notices and parked
/// reactions; for the inspectors, the newest signed checkpoint of the last day as an attachment. A digest with nothing
/// in it is not built.
/// </summary>
public sealed class DigestBuilder(ITables tables, NoticeOptions options, NoticeWords words, TimeProvider clock)
{
    public async Task<List<Digest>> BuildAsync(DateOnly day, string language, CancellationToken cancellationToken)
    {
        var en = NoticeWords.English(language);
        var now = clock.GetUtcNow();
        var since = now.AddDays(-1);
        var digests = new List<Digest>();
        var owed = await tables.QueryAsync(
            """
            SELECT o.agency_id, o.kind, o.due_at, a.item_ref, a.item_title, g.name, g.liaison_name, g.liaison_email
            FROM obligations o JOIN assignments a ON a.id = o.assignment_id LEFT JOIN agencies g ON g.id = o.agency_id
            WHERE o.state = 'open' AND o.owed_by <> 'office' AND o.due_at IS NOT NULL AND o.due_at <= @soon
            ORDER BY o.agency_id, o.due_at
            """,
            new Dictionary<string, object?> { ["soon"] = TrailTime.Format(now.AddDays(options.DigestDueWithinDays)) },
            r => (Agency: r.GetString(0), Kind: r.GetString(1), Due: TrailTime.Parse(r.GetString(2)), Ref: r.GetString(3), Title: r.GetString(4),
                Name: r.IsDBNull(5) ? r.GetString(0) : r.GetString(5), Liaison: r.IsDBNull(6) ? "" : r.GetString(6), Email: r.IsDBNull(7) ? null : r.GetString(7)),
            cancellationToken);
        foreach (var agency in owed.GroupBy(o => o.Agency))
        {
            var first = agency.First();
            var lines = agency.Select(o => $"{(o.Due < now ? (en ? "OVERDUE" : "【逾期】") : (en ? "due soon" : "【将到期】"))} {o.Ref} {o.Title} · "
                + $"{NoticeWords.Label(o.Kind, language)} · {words.Instant(o.Due, language)}（{words.WorkingDays(o.Due, language)}）").ToList();
            var to = AddressBook.Parse(first.Email is null ? null : new MailboxAddress(first.Liaison, first.Email).ToString()).ToList();
            digests.Add(new Digest($"dg-{day:yyyy-MM-dd}-agency-{agency.Key}", first.Name, agency.Key, to, lines, []));
        }

        var office = await OfficeLinesAsync(since, language, cancellationToken);
        if (office.Count > 0)
        {
            digests.Add(new Digest($"dg-{day:yyyy-MM-dd}-office", en ? "the office" : "督查督办办公室", null, [.. AddressBook.Parse(options.Office)], office, []));
        }

        if (LatestCheckpoint(since) is { } checkpoint)
        {
            digests.Add(new Digest($"dg-{day:yyyy-MM-dd}-inspectors", en ? "inspectors" : "督查人员", null, [.. AddressBook.Parse(options.Inspectors)],
                [en ? $"Attached: the day's signed checkpoint of the trail, {Path.GetFileName(checkpoint)}. Keep it outside the installation." : $"附件为当日签名检查点 {Path.GetFileName(checkpoint)}，请在系统之外留存。"],
                [checkpoint]));
        }

        return digests;
    }

    private async Task<List<string>> OfficeLinesAsync(DateTimeOffset since, string language, CancellationToken cancellationToken)
    {
        var en = NoticeWords.English(language);
        var p = new Dictionary<string, object?> { ["since"] = TrailTime.Format(since) };
        var lines = new List<string>();
        var steps = await tables.QueryAsync("SELECT stream_id, payload FROM events WHERE type = 'EscalationReached' AND at >= @since ORDER BY position", p,
            r => (Stream: r.GetString(0), Step: JsonDocument.Parse(r.GetString(1)).RootElement.GetProperty("step").GetString()), cancellationToken);
        lines.AddRange(steps.Select(s => $"{(en ? "Escalation" : "【升级】")} {StreamIds.AssignmentOf(s.Stream) ?? s.Stream} · {s.Step}"));
        var notices = await tables.QueryAsync("SELECT id, kind, state, COALESCE(reply, last_error, unaddressed) FROM notices WHERE state IN ('failed', 'unaddressed') AND updated_at >= @since ORDER BY updated_at", p,
            r => $"{(en ? "Notice not delivered" : "【通知未送达】")} {r.GetString(1)} {r.GetString(0)} · {r.GetString(2)} · {r.GetString(3)}", cancellationToken);
        lines.AddRange(notices);
        var parked = await tables.QueryAsync("SELECT id, kind, target, COALESCE(last_error, '') FROM reactions WHERE state = 'failed' ORDER BY caused_at", new Dictionary<string, object?>(),
            r => $"{(en ? "Parked reaction" : "【搁置的后续处理】")} {r.GetString(0)} {r.GetString(1)} {r.GetString(2)} · {r.GetString(3)}", cancellationToken);
        lines.AddRange(parked);
        return lines;
    }

    private string? LatestCheckpoint(DateTimeOffset since) =>
        options.CheckpointDirectory is { } folder && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "checkpoint-*.json").Order(StringComparer.Ordinal).LastOrDefault(f => File.GetLastWriteTimeUtc(f) >= since.UtcDateTime)
            : null;
}
