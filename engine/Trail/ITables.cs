using System.Data.Common;

namespace Supervision.Engine.Trail;

/// <summary>
/// Plain table access beside the event log: read models, users and tokens, idempotency answers, import drafts,
/// reactions. Writes go through the same group-committing writer as the log's appends; values are bound one way
/// (<see cref="DbValues"/>) for reads and writes alike. SQL must be valid on SQLite and PostgreSQL.
/// </summary>
public interface ITables
{
    /// <summary>Runs one query with named parameters (<c>@name</c>) and maps its rows.</summary>
    Task<List<T>> QueryAsync<T>(string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> map, CancellationToken cancellationToken = default);

    /// <summary>Runs statements outside any stream in one transaction; returns the number of rows they changed.</summary>
    Task<int> ExecuteAsync(IReadOnlyList<ProjectionWrite> statements, CancellationToken cancellationToken = default);
}
