using Npgsql;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// Opens a connection from the node's pool. The pool itself waits (up to the connection string's <c>Timeout</c>) while all
/// of this node's connections are busy; when the server has no slot left (<c>53300</c> too many connections) or is starting,
/// this waits and tries again a few times (about 4 s in all) before the failure reaches the caller, who answers 503.
/// </summary>
internal static class PostgresConnections
{
    private static readonly TimeSpan[] Waits = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    public static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource source, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await source.OpenConnectionAsync(cancellationToken);
            }
            catch (PostgresException e) when (NoSlot(e) && attempt < Waits.Length)
            {
                await Task.Delay(Waits[attempt], cancellationToken);
            }
        }
    }

    public static NpgsqlConnection Open(NpgsqlDataSource source)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return source.OpenConnection();
            }
            catch (PostgresException e) when (NoSlot(e) && attempt < Waits.Length)
            {
                Thread.Sleep(Waits[attempt]);
            }
        }
    }

    private static bool NoSlot(PostgresException e) => e.SqlState is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow;
}
