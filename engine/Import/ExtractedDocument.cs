namespace Supervision.Engine.Import;

/// <summary>The text of a document, one paragraph (or table row field) per line, and the format it came from.</summary>
public sealed record ExtractedDocument(string Text, DocumentKind Kind);
