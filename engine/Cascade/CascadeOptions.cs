namespace Supervision.Engine.Cascade;

/// <summary>How deep work may be cascaded (<c>Supervision:Cascade:MaxDepth</c>): a dispatched assignment is level 0, its children 1.</summary>
public sealed class CascadeOptions
{
    public const int DefaultMaxDepth = 4;

    /// <summary>The deepest level a sub-assignment may sit at (province → prefecture → county → township → village is 4).</summary>
    public int MaxDepth { get; set; } = DefaultMaxDepth;
}
