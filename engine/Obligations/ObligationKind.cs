using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Obligations;

/// <summary>
/// One kind of obligation, declared once (<see cref="ObligationKinds"/> for the cycle's own, a part's in its folder): its
/// name, its key (the name alone for a status's obligation, <c>name:period</c> for one of several), its words, and the
/// event that meets it. Every kind climbs the assignment's one ladder (the definition's steps, from its due time), and its
/// escalations send the step's notice (<c>NoticeKinds.ForStep</c>).
/// </summary>
/// <param name="Name">As stored in <c>obligations.kind</c> and carried by events (<c>acknowledge</c>, <c>report</c>…).</param>
/// <param name="Noun">The obligation as a thing: 签收, 进展报送 / acknowledgement, progress report.</param>
/// <param name="Ask">The obligation as what to do: 签收, 报送进展 / acknowledge, report progress.</param>
/// <param name="MetBy">For a kind owed per period or number, the event that meets it; anything else that ends it cancels it.
/// A status's obligation is met by the move that ends it, unless the office took the work away.</param>
public sealed record ObligationKind(string Name, Word Noun, Word Ask, Func<IDomainEvent, bool>? MetBy = null)
{
    /// <summary>The key of this kind's obligation for <paramref name="period"/> (or the name alone): <c>report:2022-10</c>, <c>rectify:1.2</c>.</summary>
    public string KeyOf(string? period) => period is null ? Name : $"{Name}:{period}";

    /// <summary>The period in <paramref name="key"/> when it is a key of this kind (<c>report:2022-05</c> → <c>2022-05</c>), else null.</summary>
    public string? PeriodOf(string key) => key.StartsWith(Name, StringComparison.Ordinal) && key.Length > Name.Length && key[Name.Length] == ':'
        ? key[(Name.Length + 1)..]
        : null;

    /// <summary>Whether <paramref name="kind"/> (as stored or carried) names this kind.</summary>
    public bool Is(string? kind) => kind == Name;

    /// <summary>An obligation of this kind owed by <paramref name="owedBy"/> since <paramref name="since"/>, keyed by its period.</summary>
    public Obligation Owed(string owedBy, DateTimeOffset? dueAt, DateTimeOffset since, string? period = null) =>
        new(Name, owedBy, dueAt, KeyOf(period), since, period);

    public override string ToString() => Name;
}
