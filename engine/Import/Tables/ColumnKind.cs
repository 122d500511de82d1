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
    Leader,
    Deadline,
    Score,
}
