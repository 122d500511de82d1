namespace Supervision.Engine.Import;

/// <summary>One action item of the plan, as read from the document and possibly corrected since.</summary>
/// <param name="Ref">The document's own numbering, e.g. <c>二(一)</c>, brackets half-width.</param>
/// <param name="Section">The top-level section ref (<c>二</c>), or empty when the document has none.</param>
/// <param name="Title">The first sentence, as printed.</param>
/// <param name="Text">The full text of the item, as printed, without the assignment lines.</param>
/// <param name="Lead">Lead agencies (牵头单位) in order of first mention, over all of the item's paragraphs.</param>
/// <param name="Cooperating">Cooperating agencies (配合单位) in order of first mention; never one that also leads.</param>
/// <param name="Deadline">The deadline when one is stated.</param>
/// <param name="Targets">Quantified targets of the item; candidates among them are marked.</param>
/// <param name="Line">1-based line where the item starts.</param>
/// <param name="Parts">The item's paragraphs with their own agencies, when it has more than one (see <c>split_item</c>).</param>
/// <param name="Leader">The responsible leader (牵头领导, 责任领导), a person, when the document names one.</param>
/// <param name="Score">The score weight (分值) of the item in the evaluation, when stated.</param>
/// <param name="Ocr">How OCR read the item, when it came from a scan: its page, confidence and the words to check.</param>
public sealed record DraftItem(
    string Ref,
    string Section,
    string Title,
    string Text,
    IReadOnlyList<AgencyMention> Lead,
    IReadOnlyList<AgencyMention> Cooperating,
    Deadline? Deadline,
    IReadOnlyList<Quantity> Targets,
    int Line,
    IReadOnlyList<DraftPart>? Parts = null,
    string? Leader = null,
    decimal? Score = null,
    Ocr.ItemOcr? Ocr = null);
