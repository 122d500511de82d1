using Supervision.Workflows.Definition;

namespace Supervision.Engine.Trail.Words;

/// <summary>The escalation ladder in words: its steps (提醒, 催办, 督办, 约谈, 通报), the slip's colours and who a step tells.</summary>
public static class LadderWords
{
    private static readonly Dictionary<string, Word> Words = new(StringComparer.Ordinal)
    {
        [LadderSteps.Name(EscalationStepKind.Remind)] = new("提醒", "reminder"),
        [LadderSteps.Name(EscalationStepKind.Urge)] = new("催办", "urging"),
        [LadderSteps.Name(EscalationStepKind.Supervise)] = new("督办", "supervision"),
        [LadderSteps.Name(EscalationStepKind.Interview)] = new("约谈", "interview"),
        [LadderSteps.Name(EscalationStepKind.Notice)] = new("通报", "public notice"),
        ["blue"] = new("蓝色", "blue"),
        ["orange"] = new("橙色", "orange"),
        ["red"] = new("红色", "red"),
        ["liaison"] = new("联络员", "the liaison"),
        ["responsible"] = new("责任人", "the responsible person"),
        ["agency_head"] = new("单位主要负责人", "the agency head"),
        ["office"] = new("督查办公室", "the office"),
        ["leading_group"] = new("领导小组", "the leading group"),
        ["office_head"] = new("督查办公室负责人", "the office head"),
        ["parent"] = new("上级单位", "the agency above"),
    };

    /// <summary>A step by its definition word (remind, urge, supervise, interview, notice).</summary>
    public static Word Step(string step) => Of(step);

    public static Word Step(EscalationStepKind step) => Of(LadderSteps.Name(step));

    /// <summary>A supervision slip's colour (blue, orange, red: 三色督办单).</summary>
    public static Word Colour(string colour) => Of(colour);

    /// <summary>Who a step tells, in the definition's words (liaison, agency_head, office_head, …).</summary>
    public static Word Recipient(string recipient) => Of(recipient);

    private static Word Of(string key) => Words.GetValueOrDefault(key) ?? Word.Unknown(key);
}
