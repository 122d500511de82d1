namespace Supervision.Engine.Import;

/// <summary>
/// A sentence that assigns every later task of its section (<c>以下均需试点城市政府落实，不再列出</c>, <c>下同</c>):
/// where it was stated, whom it names as lead, and which items it reached. Undone with <c>undo_rule</c>.
/// </summary>
/// <param name="Line">1-based line of the sentence.</param>
/// <param name="Text">The sentence as printed.</param>
/// <param name="Section">The section it holds in (empty: the rest of the document).</param>
/// <param name="Lead">The agencies it makes lead, as printed.</param>
/// <param name="Items">Refs of the items it added a lead to (the stating item first).</param>
public sealed record StandingRule(int Line, string Text, string Section, IReadOnlyList<string> Lead, IReadOnlyList<string> Items);
