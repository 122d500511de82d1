namespace Supervision.Engine.Import;

// The wire shape of issue 3, point 6 (snake_case by the serializer's naming policy). Canonical and
// printed agency lists are parallel arrays; an unresolved name is null in the canonical array.
internal sealed record DraftDto(
    string Title,
    string? Issuer,
    string? Issued,
    IReadOnlyList<SectionDto>? Sections,
    IReadOnlyList<TargetDto>? Targets,
    IReadOnlyList<ItemDto>? Items,
    IReadOnlyList<AgencyDto>? Agencies,
    IReadOnlyList<WarningDto>? Warnings,
    IReadOnlyList<RuleDto>? Rules = null);

internal sealed record SectionDto(string Ref, string Title, int Line);

internal sealed record TargetDto(
    string Text, decimal Value, string Unit, string Comparator, string? Printed, bool Candidate = false,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Name = null);

internal sealed record RuleDto(int Line, string Text, string? Section, IReadOnlyList<string> Lead, IReadOnlyList<string>? Items);

internal sealed record PartDto(
    string Text,
    int Line,
    IReadOnlyList<string?>? Lead,
    IReadOnlyList<string>? LeadPrinted,
    IReadOnlyList<string>? LeadStatus,
    IReadOnlyList<string?>? Cooperating,
    IReadOnlyList<string>? CooperatingPrinted,
    IReadOnlyList<string>? CooperatingStatus);

internal sealed record ItemDto(
    string Ref,
    string? Section,
    string Title,
    string? Text,
    IReadOnlyList<string?>? Lead,
    IReadOnlyList<string>? LeadPrinted,
    IReadOnlyList<string>? LeadStatus,
    IReadOnlyList<string?>? Cooperating,
    IReadOnlyList<string>? CooperatingPrinted,
    IReadOnlyList<string>? CooperatingStatus,
    string? Deadline,
    string? DeadlineText,
    string? DeadlineFrom,
    IReadOnlyList<TargetDto>? Targets,
    int Line,
    IReadOnlyList<string?>? LeadNotes = null,
    IReadOnlyList<string?>? CooperatingNotes = null,
    IReadOnlyList<PartDto>? Parts = null,
    string? Leader = null,
    decimal? Score = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] OcrDto? Ocr = null);

// Only on an item read from a scan: the page, the item's confidence, and the words to check with their place in its text.
internal sealed record OcrDto(int Page, double Confidence, IReadOnlyList<DoubtfulWordDto>? Doubtful);

internal sealed record DoubtfulWordDto(string Word, double Confidence, int? Start, int Length);

internal sealed record AgencyDto(string Name, IReadOnlyList<string> Aliases, bool Group, string? Kind, IReadOnlyList<string>? Members);

internal sealed record WarningDto(int Line, string? Code, string Message, string? ItemRef);
