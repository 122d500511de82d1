using System.Text.RegularExpressions;
using Supervision.Engine.Import;

namespace Supervision.Host.Web.Import;

/// <summary>The importer's warnings in Chinese, by code; the quoted name in the English sentence fills the blank. Unknown codes keep their English.</summary>
public static partial class WarningWords
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["agency.unresolved"] = "单位「{0}」尚未登记：请改为已登记的单位，或为其添加简称、登记新单位。",
        ["agency.ambiguous"] = "单位「{0}」可能指多个单位，请明确写出全称。",
        ["deadline.undated"] = "期限「{0}」无法识别为日期，请填写日期。",
        ["item.duplicate_ref"] = "事项编号重复，请检查。",
        ["item.no_deadline"] = "此事项没有期限：不会到期，也不会变红。请填写期限。",
        ["agency.unreachable"] = "单位「{0}」没有用户，也没有通知联系人：交办通知无法送达。",
        ["agency.unreachable_new"] = "单位「{0}」将由本次导入新登记，没有用户，也没有通知联系人：交办通知无法送达。",
        ["item.no_lead"] = "此事项没有牵头单位，请填写。",
        ["plan.no_items"] = "没有找到带牵头或配合单位的事项。",
        ["plan.no_title"] = "没有找到方案标题。",
        ["table.row_shape"] = "此行的单元格数与表头的列数不符，已按单元格内容分列为「{0}」，请核对。",
        ["agency.guessed"] = "单位「{0}」按发文机关的层级被读作「{1}」，请核对；如有误，请把「{0}」添加为正确单位的简称，下次导入即按此识别。",
        ["ocr.page"] = "第 {0} 页由文字识别读出，平均识别置信度 {1}%，请对照扫描件核对。",
        ["ocr.item"] = "此事项由文字识别从第 {0} 页读出（识别置信度 {1}%）。",
        ["ocr.doubtful"] = "文字识别可信度较低的字词：「{0}」，请对照扫描件核对。",
        ["lead.reading"] = "「{0}」作为所列单位的第一位被读作牵头单位，文件并未写明谁牵头，请确认。",
    };

    public static string Say(DraftWarning warning, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(warning);
        ArgumentNullException.ThrowIfNull(lang);
        if (lang.English || !Chinese.TryGetValue(warning.Code, out var template))
        {
            return warning.Message;
        }

        var quoted = Quoted().Matches(warning.Message);
        return template
            .Replace("{0}", quoted.Count > 0 ? quoted[0].Groups[1].Value : "", StringComparison.Ordinal)
            .Replace("{1}", quoted.Count > 1 ? quoted[1].Groups[1].Value : "", StringComparison.Ordinal);
    }

    [GeneratedRegex("[\"“「']([^\"”」']+)[\"”」']")]
    private static partial Regex Quoted();
}
