namespace Supervision.Workflows.Definition;

/// <summary>
/// The escalation ladder's steps by name, mildest first: remind (提醒), urge (催办), supervise (督办), interview (约谈),
/// notice (通报). Definitions, events, rows and pages all name a step by the word given here.
/// </summary>
public static class LadderSteps
{
    /// <summary>Every step, mildest first.</summary>
    public static IReadOnlyList<EscalationStepKind> All { get; } = Enum.GetValues<EscalationStepKind>();

    /// <summary>Every step's name, mildest first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(Name)];

    /// <summary>The names of every step beyond the reminder: the ones that cost an agency points.</summary>
    public static IReadOnlyList<string> Escalating { get; } = [.. All.Where(k => k != EscalationStepKind.Remind).Select(Name)];

    /// <summary>The name of a step, as written in a definition and recorded in events: the lowercase word.</summary>
    public static string Name(EscalationStepKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The step named <paramref name="name"/>, or null when no step has that name.</summary>
    public static EscalationStepKind? Parse(string? name) => All.Select(k => (EscalationStepKind?)k).FirstOrDefault(k => Name(k!.Value) == name);

    /// <summary>A step's height on the ladder, 1 for the reminder up to 5 for the public notice; 0 for no step or an unknown one.</summary>
    public static int Rank(string? name) => Parse(name) is { } kind ? (int)kind + 1 : 0;
}
