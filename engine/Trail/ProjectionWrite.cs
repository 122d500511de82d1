namespace Supervision.Engine.Trail;

/// <summary>
/// One read-model statement executed in the same transaction as the events it follows from.
/// The SQL must be valid on both SQLite and PostgreSQL (named parameters <c>@name</c>, <c>INSERT … ON CONFLICT … DO UPDATE</c>).
/// </summary>
public sealed record ProjectionWrite(string Sql, IReadOnlyDictionary<string, object?> Parameters);
