using Supervision.Engine.Import;
using Supervision.Engine.Import.Commit;
using Supervision.Engine.Targets;
using Supervision.Engine.Tests.Import;

namespace Supervision.Engine.Tests.Targets;

public sealed class AcceptedTargetTests
{
    [Fact]
    public void A_candidate_target_accepted_in_the_draft_is_committed_with_its_indicator_name_and_one_not_accepted_is_not()
    {
        var draft = PlanParser.Parse(Fixture.Text("seed.txt"));
        var item = draft.Items.First(i => i.Targets.Any(t => t.Candidate));
        var index = item.Targets.Select((t, i) => (t, i)).First(x => x.t.Candidate).i;
        var before = CommitChecks.Targets(item.Targets);

        var accepted = draft.AcceptTarget(item.Ref, index).Items.Single(i => i.Ref == item.Ref);
        var after = CommitChecks.Targets(accepted.Targets);

        Assert.Equal(before.Count + 1, after.Count);
        var committed = after.Single(t => t.Text == item.Targets[index].Text);
        Assert.Equal(item.Targets[index].Value, committed.Value);
        Assert.False(string.IsNullOrWhiteSpace(IndicatorNames.Of(committed)));
    }
}
