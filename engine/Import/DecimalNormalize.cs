namespace Supervision.Engine.Import;

/// <summary>Drops trailing zeros (<c>1082300.00</c> → <c>1082300</c>) so values print as the document wrote them.</summary>
internal static class DecimalNormalize
{
    public static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;
}
