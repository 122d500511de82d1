using Supervision.Engine.Trail;

namespace Supervision.Engine.Audit.Events;

/// <summary>
/// Something that touched access or took data out: a sign-in (or a refused one), a sign-out, a token, a password, a user,
/// an export. <paramref name="User"/> is the username it concerns, <paramref name="Address"/> the client's address and
/// <paramref name="Subject"/> what it was about (a token's name, a user, a downloaded file); never a password or a token.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AccessAudited(string Kind, string? User, string? Address, string? Subject) : IDomainEvent;
