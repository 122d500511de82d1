using System.Globalization;
using System.Text;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>What went wrong, once per (operation, mutation, outcome), with the first request that showed it and how often it happened.</summary>
public sealed class Findings
{
    private readonly Dictionary<(string Operation, string Mutation, string Outcome), (string Example, int Count)> _seen = [];

    public int Count => _seen.Count;

    public void Add(string operation, string mutation, string outcome, string example) =>
        _seen[(operation, mutation, outcome)] = _seen.TryGetValue((operation, mutation, outcome), out var earlier)
            ? (earlier.Example, earlier.Count + 1)
            : (example, 1);

    public string Report(string header)
    {
        var text = new StringBuilder(header).Append('\n');
        var number = 0;
        foreach (var ((operation, mutation, outcome), (example, count)) in _seen.OrderBy(f => f.Key.Operation, StringComparer.Ordinal).ThenBy(f => f.Key.Mutation, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{++number}. {operation} · {mutation} → {outcome} ({count}×)\n");
            text.Append(string.Join('\n', example.Split('\n').Select(l => "     " + l))).Append('\n');
        }

        return text.ToString();
    }
}
