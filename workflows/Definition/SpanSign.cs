namespace Supervision.Workflows.Definition;

/// <summary>Which signs a span-valued key accepts: windows must be positive, ladder offsets may be anything.</summary>
internal enum SpanSign
{
    Positive,
    NotNegative,
    Any,
}
