namespace Supervision.Engine.Trail;

/// <summary>
/// An event with its version and canonical bytes computed by the caller's thread, so the single writer
/// only has to chain a SHA-256 onto the previous hash.
/// </summary>
internal sealed record PreparedEvent(NewEvent Event, long Version, DateTimeOffset At, byte[] CanonicalBytes);
