using System.Globalization;
using System.Text.Json;

namespace Supervision.Engine.Import;

/// <summary>
/// Writes a draft as the JSON of the import CLI and API (snake_case, comparators <c>&gt;= &lt;= ~ =</c>,
/// dates <c>yyyy-MM-dd</c>) and reads an edited one back.
/// </summary>
public static class PlanDraftJson
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonSerializerOptions Options = new(Supervision.Engine.Json.JsonConventions.Create()) { WriteIndented = true };

    /// <summary>The draft as indented JSON.</summary>
    public static string Write(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var dto = new DraftDto(
            draft.Title,
            draft.Issuer,
            Date(draft.Issued),
            [.. draft.Sections.Select(s => new SectionDto(s.Ref, s.Title, s.Line))],
            [.. draft.Targets.Select(ToDto)],
            [.. draft.Items.Select(ToDto)],
            [.. draft.Agencies.Select(a => new AgencyDto(a.Name, a.Aliases, a.IsGroup, a.Kind.ToString(), a.Members))],
            [.. draft.Warnings.Select(w => new WarningDto(w.Line, w.Code, w.Message, w.ItemRef))],
            [.. (draft.Rules ?? []).Select(r => new RuleDto(r.Line, r.Text, r.Section, r.Lead, r.Items))]);
        return JsonSerializer.Serialize(dto, Options);
    }

    /// <summary>Reads a draft written by <see cref="Write"/> (possibly edited); fields beyond the documented shape are optional.</summary>
    public static PlanDraft Read(string json)
    {
        var dto = JsonSerializer.Deserialize<DraftDto>(json, Options)
            ?? throw new JsonException("The draft JSON is empty.");
        return new PlanDraft(
            dto.Title,
            dto.Issuer,
            ParseDate(dto.Issued),
            [.. (dto.Sections ?? []).Select(s => new DraftSection(s.Ref, s.Title, s.Line))],
            [.. (dto.Targets ?? []).Select(FromDto)],
            [.. (dto.Items ?? []).Select(FromDto)],
            [.. (dto.Agencies ?? []).Select(a => new Agency(
                a.Name,
                a.Aliases,
                a.Kind is null ? (a.Group ? AgencyKind.Group : AgencyKind.Department) : Enum.Parse<AgencyKind>(a.Kind),
                a.Members ?? []))],
            [.. (dto.Warnings ?? []).Select(w => new DraftWarning(w.Line, w.Code ?? "", w.Message, w.ItemRef))],
            [.. (dto.Rules ?? []).Select(r => new StandingRule(r.Line, r.Text, r.Section ?? "", r.Lead, r.Items ?? []))]);
    }

    private static ItemDto ToDto(DraftItem item) => new(
        item.Ref,
        item.Section,
        item.Title,
        item.Text,
        [.. item.Lead.Select(m => m.Canonical)],
        [.. item.Lead.Select(m => m.Printed)],
        [.. item.Lead.Select(m => Status(m.Status))],
        [.. item.Cooperating.Select(m => m.Canonical)],
        [.. item.Cooperating.Select(m => m.Printed)],
        [.. item.Cooperating.Select(m => Status(m.Status))],
        Date(item.Deadline?.Due),
        item.Deadline?.Text,
        Date(item.Deadline?.From),
        [.. item.Targets.Select(ToDto)],
        item.Line,
        Notes(item.Lead),
        Notes(item.Cooperating),
        item.Parts is null ? null : [.. item.Parts.Select(p => new PartDto(
            p.Text,
            p.Line,
            [.. p.Lead.Select(m => m.Canonical)],
            [.. p.Lead.Select(m => m.Printed)],
            [.. p.Lead.Select(m => Status(m.Status))],
            [.. p.Cooperating.Select(m => m.Canonical)],
            [.. p.Cooperating.Select(m => m.Printed)],
            [.. p.Cooperating.Select(m => Status(m.Status))]))],
        item.Leader,
        item.Score,
        item.Ocr is null ? null : new OcrDto(item.Ocr.Page, item.Ocr.Confidence, [.. item.Ocr.Doubtful.Select(w => new DoubtfulWordDto(w.Word, w.Confidence, w.Start, w.Word.Length))]));

    // Only written when some agency carries a note, so plain drafts keep their shape.
    private static List<string?>? Notes(IReadOnlyList<AgencyMention> mentions) =>
        mentions.Any(m => m.Note is not null) ? [.. mentions.Select(m => m.Note)] : null;

    private static DraftItem FromDto(ItemDto dto)
    {
        var deadline = dto.Deadline is null && dto.DeadlineText is null
            ? null
            : new Deadline(dto.DeadlineText ?? dto.Deadline!, ParseDate(dto.Deadline), ParseDate(dto.DeadlineFrom));
        return new DraftItem(
            dto.Ref,
            dto.Section ?? "",
            dto.Title,
            dto.Text ?? dto.Title,
            Mentions(dto.Lead, dto.LeadPrinted, dto.LeadStatus, dto.LeadNotes),
            Mentions(dto.Cooperating, dto.CooperatingPrinted, dto.CooperatingStatus, dto.CooperatingNotes),
            deadline,
            [.. (dto.Targets ?? []).Select(FromDto)],
            dto.Line,
            dto.Parts is null ? null : [.. dto.Parts.Select(p => new DraftPart(
                p.Text,
                p.Line,
                Mentions(p.Lead, p.LeadPrinted, p.LeadStatus, null),
                Mentions(p.Cooperating, p.CooperatingPrinted, p.CooperatingStatus, null)))],
            dto.Leader,
            dto.Score,
            dto.Ocr is null ? null : new Ocr.ItemOcr(dto.Ocr.Page, dto.Ocr.Confidence, [.. (dto.Ocr.Doubtful ?? []).Select(w => new Ocr.DoubtfulWord(w.Word, w.Confidence, w.Start))]));
    }

    private static List<AgencyMention> Mentions(IReadOnlyList<string?>? canonical, IReadOnlyList<string>? printed, IReadOnlyList<string>? status, IReadOnlyList<string?>? notes)
    {
        canonical ??= [];
        return [.. canonical.Select((name, i) =>
        {
            var state = status is not null && i < status.Count
                ? Enum.Parse<ResolutionStatus>(status[i], ignoreCase: true)
                : name is null ? ResolutionStatus.Unresolved : ResolutionStatus.Resolved;
            var asPrinted = printed is not null && i < printed.Count ? printed[i] : name ?? "";
            var note = notes is not null && i < notes.Count ? notes[i] : null;
            return new AgencyMention(asPrinted, state == ResolutionStatus.Resolved ? name : null, state, [], note);
        })];
    }

    private static TargetDto ToDto(Quantity q) => new(q.Text, q.Value, q.Unit, q.Comparator.ToSymbol(), q.Printed, q.Candidate, q.Name);

    private static Quantity FromDto(TargetDto dto) =>
        new(dto.Text, dto.Value, dto.Unit, ComparatorSymbols.Parse(dto.Comparator), dto.Printed ?? dto.Text, dto.Candidate, dto.Name);

    private static string Status(ResolutionStatus status) => status.ToString().ToLowerInvariant();

    private static string? Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
