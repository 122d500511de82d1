namespace Supervision.Engine.Agencies;

/// <summary>A person at an agency: the liaison (联络人) who receives notices, or the head (负责人) copied on escalations.</summary>
[GenerateSerializer, Immutable]
public sealed record Contact(string Name, string? Phone, string? Email);
