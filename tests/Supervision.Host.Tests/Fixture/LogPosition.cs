using System.Data.Common;

namespace Supervision.Host.Tests.Fixture;

/// <summary>
/// The global position of the host's event log, read from its database (SQLite file read-only, or its PostgreSQL). Every event of
/// every stream moves it, so "nothing was recorded" is one comparison, whatever the request touched. The access audit's
/// streams (<c>audit-…</c>) are left out: a refused sign-in is recorded there by design (issue 21), and the audit tests check them.
/// </summary>
public sealed class LogPosition : IDisposable
{
    private const string NotAudit = "stream_id NOT LIKE 'audit-%'";

    private readonly DbConnection _connection;

    public LogPosition(string dataDirectory) => _connection = TestStore.Open(dataDirectory);

    public long Read()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT position FROM events WHERE {NotAudit} ORDER BY position DESC LIMIT 1";
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the log stops moving (consequences of earlier commands may still be landing), and returns its position.</summary>
    public async Task<long> SettledAsync(TimeSpan? quiet = null)
    {
        // Quiet means the log has not moved for a while and no reaction (a notice, say) is still waiting to land.
        var still = quiet ?? TimeSpan.FromMilliseconds(60);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var last = Read();
        var since = DateTime.UtcNow;
        while ((DateTime.UtcNow - since < still || Waiting() > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(15);
            var now = Read();
            if (now != last)
            {
                (last, since) = (now, DateTime.UtcNow);
            }
        }

        return last;
    }

    private long Waiting()
    {
        using var command = _connection.CreateCommand();
        // Those due now, and those a dispatcher has claimed and is carrying out (their due time is the lease's end);
        // one backing off after a failure is not about to land.
        command.CommandText = "SELECT COUNT(*) FROM reactions WHERE state = 'pending' AND (due_at <= @now OR (lease IS NOT NULL AND attempts = 0))";
        Bind(command, "now", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The events after a position, one line each (position, stream, version, type, actor, correlation), to say what a request left behind.</summary>
    public IReadOnlyList<string> Since(long position)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT position, stream_id, version, type, actor_user, correlation_id FROM events WHERE position > @p AND {NotAudit} ORDER BY position LIMIT 20";
        Bind(command, "p", position);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add($"#{reader.GetInt64(0)} {reader.GetString(1)} v{reader.GetInt64(2)} {reader.GetString(3)} by {reader.GetString(4)} ({(reader.IsDBNull(5) ? "-" : reader.GetString(5))})");
        }

        return lines;
    }

    public void Dispose() => _connection.Dispose();

    private static void Bind(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
