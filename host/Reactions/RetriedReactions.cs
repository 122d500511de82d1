namespace Supervision.Host.Reactions;

/// <summary>How many reactions a retry made due again.</summary>
public sealed record RetriedReactions(int Retried);
