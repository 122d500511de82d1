namespace Supervision.Host.Tests.Postgres;

/// <summary>Idempotency keys (answers stored and replayed, keyed commands found in the trail) on a host on PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class PostgresIdempotencyTests(PostgresHostFixture host) : IdempotencyTests(host);
