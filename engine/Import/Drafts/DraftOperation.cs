namespace Supervision.Engine.Import.Drafts;

/// <summary>
/// One correction to a draft, as the API receives it (<c>{"op":"set_lead","item":"二(一)","agencies":[…]}</c>).
/// Which fields matter depends on <see cref="Op"/>; see <see cref="DraftOperations"/>.
/// </summary>
public sealed record DraftOperation(
    string? Op,
    string? Item = null,
    IReadOnlyList<string>? Agencies = null,
    string? Due = null,
    string? Text = null,
    decimal? Value = null,
    string? Unit = null,
    string? Comparator = null,
    int? Index = null,
    string? Title = null,
    string? Agency = null,
    string? Alias = null,
    string? Name = null,
    IReadOnlyList<string>? Aliases = null,
    bool? Group = null,
    IReadOnlyList<string>? Members = null,
    int? Line = null);
