namespace Supervision.Engine.Notices.Templates;

/// <summary>A notice written out: its subject line, its plain-text body and its HTML body.</summary>
public sealed record RenderedNotice(string Subject, string Text, string Html);
