using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

public class DumpTests
{
    [Fact]
    public void Dump_seed()
    {
        File.WriteAllText("/tmp/seed.json", PlanDraftJson.Write(PlanParser.Parse(Fixture.Text("seed.txt"))));
    }
}
