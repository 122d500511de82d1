namespace Supervision.Engine.Trail;

/// <summary>A numbered schema change; applied once, in order, recorded in <c>schema_migrations</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql);
