using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Agencies.Import;
using Supervision.Engine.Hosting;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using Supervision.Host.Simulation;

namespace Supervision.Host.Demo;

/// <summary>
/// The demo's cascaded plan (分解交办): the Xinjiang region, its 14 prefecture governments and the counties of
/// 乌鲁木齐市 and 昌吉回族自治州 (from the GB/T 2260 divisions, loaded through the registry import), and about three
/// months of history played on the simulation's virtual clock before the host starts (see <see cref="DemoRegionHistory"/>),
/// so that what fell late was escalated along the chain on the days it did.
/// </summary>
public static class DemoRegion
{
    public const string PlanId = "p-demo-xj";

    public const string Region = "xj";

    private const string Registry = "Supervision.Host.Demo.xinjiang-demo-agencies.csv";

    /// <summary>Plays the region's plan into the data folder's store; null (having said why) when it already has plans. Answers the users' lines.</summary>
    public static async Task<IReadOnlyList<string>?> FillAsync(Configuration.SupervisionOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Store != StoreSetup.Sqlite)
        {
            Console.WriteLine("演示的自治区分解方案只用于内置数据库 (SQLite)。The region's cascaded demo plan is played on the embedded store only.");
            return [];
        }

        await using var silo = await SimulationSilo.StartAsync(options.DataDirectory, options.TimeZone, Start(now), cancellationToken);
        if ((await silo.Services.GetRequiredService<PlanListQuery>().PlansAsync(Actor.System, cancellationToken)).Count > 0)
        {
            await Console.Error.WriteLineAsync(DemoSeed.Refusal);
            return null;
        }

        // This is the installation's first start: the admin comes first, as the host would have made it.
        await ActivatorUtilities.CreateInstance<Auth.InitialAdmin>(silo.Services, options).StartAsync(cancellationToken);
        var people = new DemoUsers(silo.Services.GetRequiredService<UserStore>());
        var office = await people.AddAsync("demo-xj-office", "自治区督查室（演示）", Roles.Coordinator, null, cancellationToken);
        var import = silo.Services.GetRequiredService<AgencyRegistryImport>();
        var preview = await import.PreviewAsync(office, await RegistryAsync(), "xinjiang-demo-agencies.csv", cancellationToken);
        await import.CommitAsync(office, preview.Id, null, cancellationToken);
        var agencies = RegistryFile.Read(await RegistryAsync(), "xinjiang-demo-agencies.csv").Rows;
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            // A liaison with an address, so the chain's notices are written to data/mail-pickup/ for a visitor to open.
            await silo.Grains.GetGrain<IAgencyGrain>(agency.Id).SetContactsAsync(
                new Contact("联络员", null, $"{agency.Id}@demo.example.org"), null, office, $"demo-xj:contact:{agency.Id}");
            actors[agency.Id] = await people.AddAsync($"demo-{agency.Id}-user", $"{agency.Name}联络员", Roles.Agency, agency.Id, cancellationToken);
        }

        var tree = agencies.ToLookup(a => a.ParentId ?? "", a => a.Id, StringComparer.Ordinal);
        await new DemoRegionHistory(silo, office, actors, tree).PlayAsync(now, cancellationToken);
        return people.Lines;
    }

    /// <summary>The first working day of the month two months before <paramref name="now"/>'s, a little before the plan is issued.</summary>
    private static DateTimeOffset Start(DateTimeOffset now)
    {
        var month = new DateOnly(now.Year, now.Month, 1).AddMonths(-2);
        return new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
    }

    private static async Task<byte[]> RegistryAsync()
    {
        await using var stream = typeof(DemoRegion).Assembly.GetManifestResourceStream(Registry)
            ?? throw new InvalidOperationException($"The demo registry {Registry} is not in the host assembly.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
