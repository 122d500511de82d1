namespace Supervision.Host.Tests.Postgres;

/// <summary>The authorization matrix (every route × role, agencies seeing only their own) on a host on PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class PostgresAuthorizationMatrixTests(PostgresHostFixture host) : AuthorizationMatrixTests(host);
