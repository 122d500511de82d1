namespace Supervision.Engine.Import;

/// <summary>How a target's value is to be met: at least, at most, about, or exactly.</summary>
public enum Comparator
{
    /// <summary>Exactly the value (no qualifier in the text).</summary>
    Equal,

    /// <summary><c>以上</c>, <c>不少于</c>, <c>不低于</c>, <c>达到</c>: the value or more.</summary>
    AtLeast,

    /// <summary><c>以内</c>, <c>以下</c>, <c>不超过</c>, <c>控制在…以内</c>: the value or less.</summary>
    AtMost,

    /// <summary><c>左右</c>: approximately the value.</summary>
    About,
}
