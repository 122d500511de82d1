using Supervision.Engine.ChainEscalation.Events;
using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Trail.Story;

/// <summary>What escalation along the chain says: a late sub-assignment told one level higher, naming who was told.</summary>
internal static class ChainClauses
{
    public static Word? Of(IDomainEvent e, Word t, StoryNames n) => e switch
    {
        EscalationPassedUp x => new(
            $"{t.Zh}的{ObligationWords.Noun(x.Obligation).Zh}{Period(x.Period, true)}（「{LadderWords.Step(x.Step).Zh}」）上级单位未督促办结，逐级上报{(x.AgencyId is { } a ? n.Agency(a) : "督查办公室")}，{n.Time(x.DueAt)} 到点",
            $"the {ObligationWords.Noun(x.Obligation).En} of {t.En}{Period(x.Period, false)} ({LadderWords.Step(x.Step).En}) was not seen done by the agency above, so {(x.AgencyId is { } b ? n.Agency(b) : "the office")} was told; due at {n.Time(x.DueAt)}"),
        _ => null,
    };

    private static string Period(string? period, bool chinese) => period is null ? "" : chinese ? $"（报告期 {period}）" : $" (period {period})";
}
