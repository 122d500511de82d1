using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// The cluster's event store on PostgreSQL (Npgsql): the same core, contract, schema lists and hash chains as SQLite's.
/// Every write of the process goes through one group-committing writer; writers of different nodes take turns on an
/// advisory lock. Commits are synchronous, so a returned append is durable.
/// </summary>
public sealed class PostgresEventStore : EventStoreCore
{
    private readonly NpgsqlDataSource _source;

    /// <summary>Creates a store over <see cref="PostgresStoreOptions.ConnectionString"/>; nothing is opened before <see cref="EventStoreCore.InitializeAsync"/>.</summary>
    public PostgresEventStore(PostgresStoreOptions options, IEnumerable<Migration> migrations, ILogger<PostgresEventStore>? logger = null)
        : this(new PostgresDialect(Source(options)), options, migrations, logger ?? NullLogger<PostgresEventStore>.Instance)
    {
    }

    private PostgresEventStore(PostgresDialect dialect, PostgresStoreOptions options, IEnumerable<Migration> migrations, ILogger logger)
        : base(dialect, migrations, options.MaxBatchSize, options.Time, logger)
    {
        _source = dialect.Source;
    }

    private protected override async Task<IWriteConnection> StartAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await PostgresConnections.OpenAsync(_source, cancellationToken))
        {
            Schema.Apply(connection);
        }

        return new PostgresWriteConnection(_source);
    }

    private protected override ValueTask StopAsync() => _source.DisposeAsync();

    private static NpgsqlDataSource Source(PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        // Every command repeats a few statements; prepared once per connection, they skip PostgreSQL's parse and plan.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        // An acknowledged append must survive a crash of the server: never let a session weaken the commit.
        builder.Options = $"{builder.Options} -c synchronous_commit=on".Trim();
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
