using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Postgres;

/// <summary>The real host started with <c>Supervision:Store=postgres</c>, on a fresh database of the private PostgreSQL.</summary>
public sealed class PostgresHostFixture : HostFixture
{
    protected override string Store => TestStore.Postgres;
}

[CollectionDefinition(Name)]
public sealed class PostgresHostCollection : ICollectionFixture<PostgresHostFixture>
{
    public const string Name = "host on postgres";
}
