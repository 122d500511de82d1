using System.Text.Json;
using Supervision.Engine.Access;
using Supervision.Engine.Attachments;
using Supervision.Engine.Trail;

namespace Supervision.Host.Web.Attachments;

/// <summary>
/// Once per database, at start: records the uploads of events written before events carried their files (no <c>files</c>
/// field in the payload). Only the kinds the upload form wrote (completion, contribution, finding, rectification) are read,
/// and only the attachment lines at the end of their text, where the form put them. A line naming a hash first named in
/// another agency's assignment is not carried over (that is what a hand-typed copy of someone else's line looks like);
/// the office's lines are, since it reads every file anyway. Nodes starting together each write the same rows, once.
/// </summary>
public sealed class AttachmentBackfill(ITables tables, TimeProvider clock, ILogger<AttachmentBackfill> log) : IHostedService
{
    private const string Name = "text-lines";
    private const int Page = 500;

    private static readonly Dictionary<string, string> TextOf = new(StringComparer.Ordinal)
    {
        ["CompletionSubmitted"] = "evidence", ["ContributionSubmitted"] = "text", ["FindingRecorded"] = "text", ["FindingRectified"] = "text",
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await AttachmentBackfillRows.DoneAsync(tables, Name, cancellationToken))
        {
            return;
        }

        var firstNamedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = 0;
        long after = 0;
        while (await PageAsync(after, cancellationToken) is { Count: > 0 } page)
        {
            var rows = page.SelectMany(e => Trusted(e, firstNamedIn).Select(f => AttachmentRows.Insert(e.Stream, e.Version, f, e.User, e.At))).ToList();
            added += rows.Count > 0 ? await tables.ExecuteAsync(rows, cancellationToken) : 0;
            after = page[^1].Position;
        }

        await tables.ExecuteAsync([AttachmentBackfillRows.Done(Name, clock.GetUtcNow(), added)], cancellationToken);
        if (added > 0)
        {
            log.LogInformation("Recorded {Count} attachments uploaded before uploads were recorded with their events", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<List<BackfilledEvent>> PageAsync(long after, CancellationToken cancellationToken) =>
        AttachmentBackfillRows.PageAsync(tables, after, TextOf.Keys, Page, cancellationToken);

    private static List<AttachedFile> Trusted(BackfilledEvent e, Dictionary<string, string> firstNamedIn)
    {
        using var payload = JsonDocument.Parse(e.Payload);
        if (payload.RootElement.TryGetProperty("files", out _) || !payload.RootElement.TryGetProperty(TextOf[e.Type], out var text) || text.ValueKind != JsonValueKind.String)
        {
            return [];
        }

        var trusted = new List<AttachedFile>();
        foreach (var file in Attachment.Trailing(text.GetString()))
        {
            var first = firstNamedIn.TryAdd(file.Hash, AgencyOf(e.Stream)) ? AgencyOf(e.Stream) : firstNamedIn[file.Hash];
            if (e.Role != Roles.Agency || first == AgencyOf(e.Stream))
            {
                trusted.Add(file);
            }
        }

        return trusted;
    }

    // An assignment's stream is assignment-<item>~<agency>.
    private static string AgencyOf(string stream) => stream[(stream.LastIndexOf('~') + 1)..];
}
