using System.Data.Common;

namespace Supervision.Engine.Trail;

/// <summary>The one mapping between an <c>events</c> row and a <see cref="StoredEvent"/>.</summary>
internal static class StoredEventRows
{
    public const string Columns =
        "stream_id, version, position, type, payload, actor_user, actor_role, actor_agency, at, correlation_id, prev_hash, hash, log_hash";

    /// <summary>The columns an insert gives, in the order of its row's values: all but <c>position</c>.</summary>
    public const string InsertColumns =
        "stream_id, version, type, payload, actor_user, actor_role, actor_agency, at, correlation_id, prev_hash, hash, log_hash";

    public static async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(Read(reader));
        }

        return events;
    }

    /// <summary>The event at the reader's current row, selected with <see cref="Columns"/>.</summary>
    public static StoredEvent Read(DbDataReader reader) => new(
        StreamId: reader.GetString(0),
        Version: reader.GetInt64(1),
        Position: reader.GetInt64(2),
        Type: reader.GetString(3),
        Payload: reader.GetString(4),
        Actor: new Actor(reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)),
        At: TrailTime.Parse(reader.GetString(8)),
        CorrelationId: reader.IsDBNull(9) ? null : reader.GetString(9),
        PreviousHash: reader.GetString(10),
        Hash: reader.GetString(11))
    {
        LogHash = reader.GetString(12),
    };
}
