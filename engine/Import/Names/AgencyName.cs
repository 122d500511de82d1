using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>Whether a listed name looks like an agency (or a collective of agencies) by how it ends.</summary>
internal static partial class AgencyName
{
    public static bool Looks(string printed)
    {
        var folded = ChineseFold.Fold(printed).Trim();
        var open = folded.LastIndexOf('(');
        if (folded.EndsWith(')') && open > 0)
        {
            folded = folded[..open];
        }

        // A collective (各镇街, 有关单位) is a name of agencies however it ends.
        return Ending().IsMatch(folded) || (folded.Length >= 3 && Collectives.Is(folded));
    }

    [GeneratedRegex("(?:厅|局|委|部|办|会|院|署|府|单位|部门|联|集团|公司|中心|银行|支行|分行|办公室|小组|政府|党委|区|县|市|镇|乡|街道|村|社区|团|队|站|所|社|处|馆|校|组|机构|企业|园区|平台|室|科|组织)$")]
    private static partial Regex Ending();
}
