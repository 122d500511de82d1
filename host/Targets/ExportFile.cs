namespace Supervision.Host.Targets;

/// <summary>A file an export answers with.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
