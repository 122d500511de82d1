using Npgsql;
using Supervision.Engine.Hosting;

namespace Supervision.Host.Configuration;

/// <summary>
/// Checks <c>Supervision:Store</c> and <c>Supervision:Postgres</c> before anything starts: a PostgreSQL store needs a
/// connection string that parses and a server that answers, or the host stops with a sentence saying which.
/// </summary>
public static class StoreSettings
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static IEnumerable<string> Problems(SupervisionOptions options)
    {
        if (options.Store != StoreSetup.Postgres)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(options.Postgres))
        {
            yield return "Setting Supervision:Postgres is missing: Supervision:Store is 'postgres', so give the PostgreSQL connection string, " +
                "such as Host=db.example;Port=5432;Database=supervision;Username=supervision;Password=….";
            yield break;
        }

        NpgsqlConnectionStringBuilder builder;
        string? problem = null;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.Postgres);
        }
        catch (ArgumentException error)
        {
            builder = new NpgsqlConnectionStringBuilder();
            problem = $"Setting Supervision:Postgres is invalid: it is not an Npgsql connection string ({error.Message}).";
        }

        if (problem is null)
        {
            problem = Unreachable(builder);
        }

        if (problem is not null)
        {
            yield return problem;
        }
    }

    private static string? Unreachable(NpgsqlConnectionStringBuilder builder)
    {
        var probe = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false, Timeout = (int)Patience.TotalSeconds };
        try
        {
            using var connection = new NpgsqlConnection(probe.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"Setting Supervision:Postgres is invalid: PostgreSQL at {builder.Host}:{builder.Port} database '{builder.Database}' " +
                $"did not accept a connection within {Patience.TotalSeconds} s ({error.Message}).";
        }
    }
}
