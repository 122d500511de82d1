namespace Supervision.Engine.Notices.Digests;

/// <summary>How a day's digests went: sent now, sent before (not again), failed, and those with nothing to say.</summary>
public sealed record DigestResult(string Day, int Sent, int AlreadySent, int Failed);
