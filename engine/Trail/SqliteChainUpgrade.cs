using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Trail;

/// <summary>
/// Store migration 2 for databases written by the first version: checks every event against the first version's hash
/// (<see cref="LegacyTrailHash"/>), then re-hashes each stream with the canonical form and fills the log chain, in
/// position order, in the migration's transaction. An event that fails the old check stops the upgrade with a sentence
/// naming it: re-hashing over an altered trail would launder the alteration.
/// </summary>
internal static class SqliteChainUpgrade
{
    private const int Page = 2000;

    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        var heads = new Dictionary<string, (long Version, string OldHash, string NewHash)>(StringComparer.Ordinal);
        var log = TrailHash.Genesis;
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE events SET prev_hash = @prev, hash = @hash, log_hash = @log WHERE position = @position;";
        foreach (var name in new[] { "@prev", "@hash", "@log", "@position" })
        {
            update.Parameters.Add(name, name == "@position" ? SqliteType.Integer : SqliteType.Text);
        }

        var after = long.MinValue;
        while (ReadPage(connection, transaction, after) is { Count: > 0 } page)
        {
            foreach (var old in page)
            {
                var head = heads.TryGetValue(old.StreamId, out var h) ? h : (Version: 0L, OldHash: TrailHash.Genesis, NewHash: TrailHash.Genesis);
                Check(old, head.Version, head.OldHash);
                var renewed = old with { PreviousHash = head.NewHash, Hash = "" };
                var hash = Rehash(renewed);
                log = TrailHash.Log(log, hash);
                update.Parameters["@prev"].Value = head.NewHash;
                update.Parameters["@hash"].Value = hash;
                update.Parameters["@log"].Value = log;
                update.Parameters["@position"].Value = old.Position;
                update.ExecuteNonQuery();
                heads[old.StreamId] = (old.Version, old.Hash, hash);
            }

            after = page[^1].Position;
        }
    }

    private static string Rehash(StoredEvent renewed)
    {
        try
        {
            return TrailHash.Compute(renewed);
        }
        catch (FormatException error)
        {
            throw new InvalidOperationException(
                $"The trail cannot be upgraded: the payload at position {renewed.Position} (stream '{renewed.StreamId}', version {renewed.Version}) has no canonical form: {error.Message}", error);
        }
    }

    private static void Check(StoredEvent old, long headVersion, string headOldHash)
    {
        var fault = old.Version != headVersion + 1 ? $"version {old.Version} follows version {headVersion}"
            : !string.Equals(old.PreviousHash, headOldHash, StringComparison.Ordinal) ? "it does not link to the event before it"
            : !string.Equals(LegacyTrailHash.Compute(old), old.Hash, StringComparison.Ordinal) ? "it does not match its hash"
            : null;
        if (fault is not null)
        {
            throw new InvalidOperationException(
                $"The trail cannot be upgraded: the event at position {old.Position} (stream '{old.StreamId}', version {old.Version}) " +
                $"was altered before this upgrade ({fault}). Re-hashing would hide that; export the trail with the previous version and investigate.");
        }
    }

    private static List<StoredEvent> ReadPage(SqliteConnection connection, SqliteTransaction transaction, long after)
    {
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"SELECT {StoredEventRows.Columns} FROM events WHERE position > @after ORDER BY position LIMIT {Page};";
        read.Parameters.AddWithValue("@after", after);
        using var reader = read.ExecuteReader();
        var page = new List<StoredEvent>(Page);
        while (reader.Read())
        {
            page.Add(StoredEventRows.Read(reader));
        }

        return page;
    }
}
