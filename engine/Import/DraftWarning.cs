namespace Supervision.Engine.Import;

/// <summary>Something the parser could not read with confidence, for the coordinator to check.</summary>
/// <param name="Line">1-based line of the extracted text.</param>
/// <param name="Code">A stable code (e.g. <c>agency.unresolved</c>) the UI can translate.</param>
/// <param name="Message">A sentence for the coordinator.</param>
/// <param name="ItemRef">The item the warning is about, when there is one; edits to that item replace its warnings.</param>
public sealed record DraftWarning(int Line, string Code, string Message, string? ItemRef = null);
