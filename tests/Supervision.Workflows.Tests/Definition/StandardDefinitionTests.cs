using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Definition;

public sealed class StandardDefinitionTests
{
    [Fact]
    public void Shipped_standard_definition_loads_with_the_agreed_windows_and_ladder()
    {
        var standard = DefinitionCatalog.FromDefault().Get("standard", 1);

        Assert.Equal("标准督办流程", standard.Title);
        Assert.Equal(new Span(3, SpanUnit.WorkingDays), standard.AcknowledgeWithin);
        Assert.Equal(new Span(1, SpanUnit.Months), standard.ReportEvery);
        Assert.Equal(new Span(5, SpanUnit.WorkingDays), standard.ReportGrace);
        Assert.Equal(new Span(5, SpanUnit.WorkingDays), standard.ReviewWithin);
        Assert.Equal(new Span(10, SpanUnit.WorkingDays), standard.ReworkWithin);
        Assert.Equal(
            [
                (EscalationStepKind.Remind, -2),
                (EscalationStepKind.Urge, 1),
                (EscalationStepKind.Supervise, 5),
                (EscalationStepKind.Interview, 10),
                (EscalationStepKind.Notice, 20),
            ],
            standard.Ladder.Select(s => (s.Kind, s.At.Amount)));
        Assert.All(standard.Ladder, s => Assert.Equal(SpanUnit.WorkingDays, s.At.Unit));
    }

    [Fact]
    public void Supervise_step_copies_the_agency_head_and_the_office()
    {
        var supervise = DefinitionCatalog.FromDefault().Latest("standard").Ladder.Single(s => s.Kind == EscalationStepKind.Supervise);

        Assert.Contains(NoticeRecipient.AgencyHead, supervise.Notify);
        Assert.Contains(NoticeRecipient.Office, supervise.Notify);
    }

    [Fact]
    public void Standard_definition_file_is_copied_next_to_the_application()
    {
        Assert.True(File.Exists(Path.Combine(DefinitionCatalog.DefaultFolder, "standard.v1.yaml")));
    }
}
