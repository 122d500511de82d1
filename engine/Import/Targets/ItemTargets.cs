namespace Supervision.Engine.Import;

/// <summary>An item's targets: the commitments <see cref="QuantityParser"/> is sure of, then the candidates it proposes.</summary>
internal static class ItemTargets
{
    public static IReadOnlyList<Quantity> Find(string text)
    {
        var firm = QuantityParser.FindTargets(text);
        var candidates = CandidateTargets.Find(text)
            .Where(c => firm.All(f => f.Value != c.Value || !f.Printed.Contains(c.Printed, StringComparison.Ordinal)))
            .DistinctBy(c => (c.Printed, c.Text));
        return [.. firm, .. candidates];
    }
}
