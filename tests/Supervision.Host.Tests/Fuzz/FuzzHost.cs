using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// A host of its own for the fuzz, so that nothing else writes to its log while it attributes every change to one
/// request; it logs warnings and errors only, so the errors it writes are quick to find.
/// </summary>
public sealed class FuzzHost : HostFixture
{
    protected override IEnumerable<string> Settings => ["--Serilog:MinimumLevel:Default", "Warning"];
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzHost>
{
    public const string Name = "fuzz";
}
