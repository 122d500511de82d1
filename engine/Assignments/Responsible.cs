namespace Supervision.Engine.Assignments;

/// <summary>The person an agency names when it acknowledges (签收): who answers for the work, and how to reach them.</summary>
[GenerateSerializer, Immutable]
public sealed record Responsible(string Name, string? Phone, string? Email);
