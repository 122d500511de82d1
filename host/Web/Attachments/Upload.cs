using Supervision.Engine.Attachments;

namespace Supervision.Host.Web.Attachments;

/// <summary>A form's text with the lines of the files it brought, and those files, for the command that records them.</summary>
public sealed record Upload(string? Text, IReadOnlyList<AttachedFile> Files);
