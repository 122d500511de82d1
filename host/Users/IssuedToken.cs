namespace Supervision.Host.Users;

/// <summary>A new bearer token, shown once: send it as <c>Authorization: Bearer sv_…</c>.</summary>
public sealed record IssuedToken(string Token);
