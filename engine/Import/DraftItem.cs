namespace Supervision.Engine.Import;

/// <summary>One action item of the plan, as read from the document and possibly corrected since.</summary>
/// <param name="Ref">The document's own numbering, e.g. <c>二(一)</c>, brackets half-width.</param>
/// <param name="Section">The top-level section ref (<c>二</c>), or empty when the document has none.</param>
/// <param name="Title">The first sentence, as printed.</param>
/// <param name="Text">The full text of the item, as printed, without the assignment lines.</param>
/// <param name="Lead">Lead agencies (牵头单位) in printed order.</param>
/// <param name="Cooperating">Cooperating agencies (配合单位) in printed order.</param>
/// <param name="Deadline">The deadline when one is stated.</param>
/// <param name="Targets">Quantified targets of the item.</param>
/// <param name="Line">1-based line where the item starts.</param>
public sealed record DraftItem(
    string Ref,
    string Section,
    string Title,
    string Text,
    IReadOnlyList<AgencyMention> Lead,
    IReadOnlyList<AgencyMention> Cooperating,
    Deadline? Deadline,
    IReadOnlyList<Quantity> Targets,
    int Line);
