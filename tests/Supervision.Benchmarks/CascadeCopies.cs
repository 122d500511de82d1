using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Trail;

namespace Supervision.Benchmarks;

/// <summary>
/// Beyond the items opened through the grains, the cascade benchmark copies an opened item's read-model rows
/// (assignments, obligations, notices) to items added to the plan but not dispatched: the queries it times read only
/// those tables, and opening 100,000 assignments through grains takes longer than a shared 2-core machine allows.
/// </summary>
public sealed class CascadeCopies(BenchWorld world)
{
    private static readonly (string Table, string Where)[] Tables =
    [
        ("assignments", "item_id = @from"),
        ("obligations", "item_id = @from"),
        ("notices", "stream LIKE @from || '~%'"),
    ];

    public async Task CopyAsync(string from, string to, string reference, string title)
    {
        var tables = world.App.Services.GetRequiredService<ITables>();
        var parameters = new Dictionary<string, object?> { ["from"] = from, ["to"] = to, ["ref"] = reference, ["title"] = title };
        var writes = new List<ProjectionWrite>();
        foreach (var (table, where) in Tables)
        {
            var columns = await tables.QueryAsync($"SELECT name FROM pragma_table_info('{table}')", new Dictionary<string, object?>(), r => r.GetString(0));
            var values = columns.Select(c => Value(table, c));
            writes.Add(new ProjectionWrite($"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM {table} WHERE {where}", parameters));
        }

        await tables.ExecuteAsync(writes);
    }

    // Ids that name the item or an assignment of it are renamed; a notice's own id gets the item's as a suffix.
    private static string Value(string table, string column) => (table, column) switch
    {
        ("notices", "id") => "id || '-' || @to",
        (_, "item_id") => "@to",
        (_, "item_ref") => "@ref",
        (_, "item_title") => "@title",
        (_, "id" or "assignment_id" or "parent_id" or "stream") => $"REPLACE({column}, @from || '~', @to || '~')",
        _ => column,
    };
}
