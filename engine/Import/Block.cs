namespace Supervision.Engine.Import;

/// <summary>A numbered paragraph and the unnumbered lines under it, while the parser walks the outline.</summary>
internal sealed class Block(Numbering numbering, string reference, string section, string parent, int line)
{
    public Numbering Numbering { get; } = numbering;

    public string Ref { get; } = reference;

    public string Section { get; } = section;

    /// <summary>Ref of the enclosing numbered paragraph; siblings share it.</summary>
    public string Parent { get; } = parent;

    public int Line { get; } = line;

    /// <summary>The heading line from after its number, then each following line, printed, with line numbers.</summary>
    public List<(int Line, string Printed)> Lines { get; } = [];

    public bool HasChildren { get; set; }

    public Assignment Assignment { get; set; } = Assignment.None;
}
