using Npgsql;
using Supervision.Engine.Hosting;

namespace Supervision.Engine.Backup;

/// <summary>
/// The store of a PostgreSQL backup: its dump loaded with <c>pg_restore</c> into an empty database and held against
/// the manifest there (installation, heads, every trail, every checkpoint), as <see cref="RestoredStoreCheck"/> does for
/// the embedded store. The database was empty before; on any refusal, and after a check that keeps nothing, it is
/// emptied again. Without a database only the dump's own readability is checked.
/// </summary>
public static class PostgresRestore
{
    private const string Tables = """
        SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 1 LIMIT 1;
        """;

    /// <summary>Refuses, before anything is unpacked, a database that cannot be reached or already holds a table.</summary>
    public static async Task EnsureEmptyAsync(string connection, CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(connection).Database;
        try
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(Tables, db);
            if (await command.ExecuteScalarAsync(cancellationToken) is string table)
            {
                throw new BackupRefusedException($"The PostgreSQL database '{database}' is not empty (it has the table {table}); restore only into an empty database (createdb).");
            }
        }
        catch (NpgsqlException e)
        {
            throw new BackupRefusedException($"The PostgreSQL database '{database}' cannot be reached: {e.Message}", e);
        }
    }

    /// <summary>Loads and checks; <paramref name="keep"/> false empties the database again after the checks (<c>backup --verify</c>).</summary>
    public static async Task<(int Events, int Streams, int Checkpoints)> RunAsync(
        string folder, BackupManifest manifest, string connection, bool keep, CancellationToken cancellationToken)
    {
        var pgRestore = PgTools.Find("pg_restore");
        var database = new NpgsqlConnectionStringBuilder(connection).Database!;
        try
        {
            await PgTools.RunAsync(pgRestore, connection,
                ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--dbname={database}", Path.Combine(folder, DataFolderLayout.Dump)],
                cancellationToken);
            (int, int, int) checkedOut;
            await using (var store = StoreSetup.Create(StoreSetup.Postgres, connection))
            {
                checkedOut = await RestoredStoreCheck.RunAsync(store, folder, manifest, cancellationToken);
            }

            if (!keep)
            {
                await EmptyAsync(connection, cancellationToken);
            }

            return checkedOut;
        }
        catch (BackupRefusedException)
        {
            await EmptyAsync(connection, CancellationToken.None);
            throw;
        }
        catch (NpgsqlException e)
        {
            await EmptyAsync(connection, CancellationToken.None);
            throw new BackupRefusedException($"its store cannot be read in PostgreSQL: {e.Message}", e);
        }
    }

    /// <summary>Without a database: pg_restore reads the whole dump (to no output), so a dump it cannot read is refused.</summary>
    public static Task ReadAsync(string folder, CancellationToken cancellationToken) =>
        PgTools.RunAsync(PgTools.Find("pg_restore"), null, ["--file=/dev/null", Path.Combine(folder, DataFolderLayout.Dump)], cancellationToken);

    // Everything the restore made is in schema public (the store's tables, Orleans' tables and functions).
    private static async Task EmptyAsync(string connection, CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public; GRANT USAGE ON SCHEMA public TO PUBLIC;", db);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
