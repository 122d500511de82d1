namespace Supervision.Engine.Import;

/// <summary>What a label or a parenthesised clause says about the agencies (or the item) it names.</summary>
internal enum AgencyRole
{
    Lead,
    Cooperating,

    // 责任单位: all lead, or under a "first listed leads" rule the first leads and the rest cooperate.
    Responsible,

    // The role words 负责 / 落实: the first listed leads and the others cooperate.
    FirstLeads,

    // 分别负责 / 按职责分工负责 / 共同负责: every listed agency leads its own part.
    EachLeads,
    Deadline,

    // 牵头领导 / 责任领导: a person.
    Leader,

    // 分值 / 考核分值.
    Score,
}
