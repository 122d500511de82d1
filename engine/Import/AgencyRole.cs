namespace Supervision.Engine.Import;

/// <summary>What a label or a parenthesised clause says about the agencies it names.</summary>
internal enum AgencyRole
{
    Lead,
    Cooperating,

    // 负责/责任单位: all lead, or under a "first listed leads" rule the first leads and the rest cooperate.
    Responsible,
    Deadline,
}
