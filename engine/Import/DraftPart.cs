namespace Supervision.Engine.Import;

/// <summary>
/// One paragraph (or one assignment parenthesis) of an item, with the agencies it names: what <c>split_item</c>
/// turns into an item of its own.
/// </summary>
/// <param name="Text">The part's text as printed.</param>
/// <param name="Line">1-based line where it starts.</param>
/// <param name="Lead">Lead agencies this part names.</param>
/// <param name="Cooperating">Cooperating agencies this part names.</param>
public sealed record DraftPart(string Text, int Line, IReadOnlyList<AgencyMention> Lead, IReadOnlyList<AgencyMention> Cooperating);
