namespace Supervision.Host.Calendar;

/// <summary>Days the office closed on its own (office.yaml).</summary>
public sealed record ClosureView(string Name, string From, string To);
