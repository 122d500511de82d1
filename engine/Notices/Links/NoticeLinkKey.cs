namespace Supervision.Engine.Notices.Links;

/// <summary>The installation's notice link key (32 bytes), as the host resolved it at start; every node of a cluster holds the same.</summary>
public sealed record NoticeLinkKey(byte[] Bytes);
