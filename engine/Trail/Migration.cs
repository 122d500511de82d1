namespace Supervision.Engine.Trail;

/// <summary>
/// A numbered schema change; applied once, in order, recorded in <c>schema_migrations</c>. <see cref="Sql"/> is written
/// for both stores (PostgreSQL reads its column types as SQLite stores them); <see cref="PostgresSql"/>, when set,
/// replaces it on PostgreSQL for the rare change that cannot be said the same way on both.
/// </summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The PostgreSQL form of this migration, when <see cref="Sql"/> cannot be shared.</summary>
    public string? PostgresSql { get; init; }
}
