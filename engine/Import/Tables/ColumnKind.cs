namespace Supervision.Engine.Import;

/// <summary>What a column of a task-breakdown table (任务分解表) holds, told by its header.</summary>
internal enum ColumnKind
{
    Other,
    Number,
    Category,
    Task,
    Target,
    Lead,
    Responsible,
    Cooperating,

    // 监考单位: the agency that checks and scores the work, kept as cooperating with a supervision note.
    Assessor,
    Leader,
    Deadline,
    Score,
}
