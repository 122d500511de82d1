namespace Supervision.Engine.Import;

/// <summary>
/// The built-in agencies: every agency the seed plan names, the short forms documents use for them,
/// and the region's prefecture governments that the 各地 group expands to.
/// </summary>
internal static class DefaultAgencies
{
    public const string MemberUnits = "自治区就业工作领导小组相关成员单位";
    public const string Prefectures = "各地(州、市)人民政府(行政公署)";

    // canonical | aliases. The short form without 自治区 is listed explicitly for each department, so a
    // list like 教育厅、财政厅 resolves without any guessing in the parser.
    private static readonly (AgencyKind Kind, string Entry)[] Entries =
    [
        (AgencyKind.Department, "自治区发展改革委|发展改革委|发改委|自治区发改委|自治区发展和改革委员会"),
        (AgencyKind.Department, "自治区工信厅|工信厅|自治区工业和信息化厅|工业和信息化厅"),
        (AgencyKind.Department, "自治区人力资源和社会保障厅|人力资源和社会保障厅|人力资源社会保障厅|自治区人力资源社会保障厅|人社厅|自治区人社厅"),
        (AgencyKind.Department, "自治区国资委|国资委"),
        (AgencyKind.Department, "自治区文化旅游厅|文化旅游厅|文旅厅|自治区文化和旅游厅|文化和旅游厅"),
        (AgencyKind.Department, "自治区农业农村厅|农业农村厅"),
        (AgencyKind.Department, "自治区商务厅|商务厅"),
        (AgencyKind.Department, "自治区财政厅|财政厅"),
        (AgencyKind.Department, "自治区公安厅|公安厅"),
        (AgencyKind.Department, "自治区市场监督管理局|市场监督管理局|市场监管局|自治区市场监管局"),
        (AgencyKind.Department, "自治区自然资源厅|自然资源厅"),
        (AgencyKind.Department, "自治区民政厅|民政厅"),
        (AgencyKind.Department, "自治区乡村振兴局|乡村振兴局"),
        (AgencyKind.Department, "自治区教育厅|教育厅"),
        (AgencyKind.Department, "自治区退役军人事务厅|退役军人事务厅"),
        (AgencyKind.Department, "自治区司法厅|司法厅"),
        (AgencyKind.Department, "自治区科学技术厅|科学技术厅|科技厅|自治区科技厅"),
        // See AgencyRegistry.Mention: 税务局 and 自治区税务局 in a 自治区… list mean this central agency.
        (AgencyKind.Central, "新疆税务局|税务局|自治区税务局|国家税务总局新疆维吾尔自治区税务局|新疆维吾尔自治区税务局"),
        (AgencyKind.Party, "自治区党委宣传部|党委宣传部|宣传部"),
        (AgencyKind.Party, "自治区党委组织部|党委组织部|组织部"),
        (AgencyKind.Party, "自治区党委教育工委|教育工委|自治区教育工委|党委教育工委"),
        (AgencyKind.Party, "自治区党委政法委|政法委|自治区政法委|党委政法委"),
        (AgencyKind.PeopleOrganisation, "自治区总工会|总工会"),
        (AgencyKind.PeopleOrganisation, "自治区团委|团委|共青团新疆维吾尔自治区委员会"),
        (AgencyKind.PeopleOrganisation, "自治区妇联|妇联|自治区妇女联合会"),
        (AgencyKind.PeopleOrganisation, "自治区残联|残联|自治区残疾人联合会"),
    ];

    private static readonly string[] PrefectureGovernments =
    [
        "乌鲁木齐市人民政府", "克拉玛依市人民政府", "吐鲁番市人民政府", "哈密市人民政府",
        "昌吉回族自治州人民政府", "博尔塔拉蒙古自治州人民政府", "巴音郭楞蒙古自治州人民政府",
        "阿克苏地区行政公署", "克孜勒苏柯尔克孜自治州人民政府", "喀什地区行政公署", "和田地区行政公署",
        "伊犁哈萨克自治州人民政府", "塔城地区行政公署", "阿勒泰地区行政公署",
    ];

    public static IEnumerable<Agency> All()
    {
        var departments = Entries.Select(e => Parse(e.Kind, e.Entry)).ToList();
        var prefectures = PrefectureGovernments.Select(n => new Agency(n, [], AgencyKind.LocalGovernment, [])).ToList();

        // Which departments sit on the leading group is the office's knowledge, not the document's; the
        // default takes every region-level body above and a coordinator edits the list in the registry.
        var memberUnits = new Agency(
            MemberUnits,
            ["自治区就业工作领导小组各成员单位", "就业工作领导小组相关成员单位", "相关成员单位"],
            AgencyKind.Group,
            [.. departments.Select(a => a.Name)]);
        var localGovernments = new Agency(
            Prefectures,
            ["各地(州、市)人民政府", "各地州市人民政府(行政公署)", "各地(州、市)政府(行署)", "各地人民政府"],
            AgencyKind.Group,
            [.. prefectures.Select(a => a.Name)]);

        return [.. departments, memberUnits, localGovernments, .. prefectures];
    }

    private static Agency Parse(AgencyKind kind, string entry)
    {
        var names = entry.Split('|');
        return new Agency(names[0], names[1..], kind, []);
    }
}
