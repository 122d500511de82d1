using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public abstract partial class EventStoreContract
{
    // Deliberately not idempotent SQL: running either twice, or the second before the first, fails.
    private static readonly Migration Create = new(1, "create dashboard", "CREATE TABLE dashboard (agency TEXT PRIMARY KEY);");
    private static readonly Migration AddColumn = new(2, "dashboard overdue", "ALTER TABLE dashboard ADD COLUMN overdue INTEGER NOT NULL DEFAULT 0;");
    private static readonly Migration Seed = new(3, "seed dashboard", "INSERT INTO dashboard (agency, overdue) VALUES ('agency-7', 2);");

    [Fact]
    public async Task Migrations_are_applied_once_in_version_order_and_reinitialising_is_a_no_op()
    {
        var store = await OpenAsync([AddColumn, Create]);
        await store.InitializeAsync();
        await store.DisposeAsync();

        var reopened = await OpenAsync([Create, AddColumn, Seed]);
        await reopened.AppendAsync("item-1", 0, [Event(1)], [new("UPDATE dashboard SET overdue = overdue + 1", new Dictionary<string, object?>())]);

        Assert.Equal(3, await ScalarAsync(reopened, "SELECT overdue FROM dashboard WHERE agency = 'agency-7'"));
        Assert.Equal(3, await ScalarAsync(reopened, "SELECT COUNT(*) FROM schema_migrations WHERE scope = 'app'"));
    }

    [Fact]
    public async Task Two_migrations_with_the_same_version_are_rejected_with_both_names()
    {
        var clash = new Migration(2, "inbox due index", "CREATE INDEX inbox_due ON inbox (due);");

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => OpenAsync([Create, AddColumn, clash]));

        Assert.Contains("'dashboard overdue'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'inbox due index'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_with_a_migration_newer_than_the_code_is_refused_with_a_sentence_naming_it()
    {
        var newer = await OpenAsync([Create, AddColumn, Seed]);
        await newer.DisposeAsync();

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => OpenAsync([Create, AddColumn]));

        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
        Assert.Contains("app 3 'seed dashboard'", error.Message, StringComparison.Ordinal);
        Assert.Contains("latest, 2", error.Message, StringComparison.Ordinal);
    }
}
