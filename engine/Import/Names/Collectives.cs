using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Names that stand for many agencies at once: <c>有关部门和单位</c>, <c>各区、县级市</c>, <c>各县（市、区）</c>,
/// <c>…成员单位</c>. One the registry does not know is kept whole as a collective for the coordinator to fill or drop.
/// </summary>
internal static partial class Collectives
{
    public static bool Is(string printed) => Pattern().IsMatch(AgencyRegistry.Key(printed));

    [GeneratedRegex("^(?:各|有关|相关|其他|其它|全体|所属|属地)|成员单位$|(?:各|有关)(?:部门|单位)")]
    private static partial Regex Pattern();
}
