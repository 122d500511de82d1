namespace Supervision.Host.Tests.Postgres;

/// <summary>Every HTTP flow of <see cref="FlowTests"/> (dispatch, acknowledge, report, complete, approve, trail verified) on PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class PostgresFlowTests(PostgresHostFixture host) : FlowTests(host);
