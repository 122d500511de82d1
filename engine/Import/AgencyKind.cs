namespace Supervision.Engine.Import;

/// <summary>What sort of body an agency is; groups stand for several agencies at once.</summary>
public enum AgencyKind
{
    /// <summary>A government department (厅, 局, 委).</summary>
    Department,

    /// <summary>A Party committee organ (党委宣传部, 党委组织部 …).</summary>
    Party,

    /// <summary>A people's organisation (总工会, 妇联, 团委, 残联).</summary>
    PeopleOrganisation,

    /// <summary>A central agency stationed in the region (新疆税务局).</summary>
    Central,

    /// <summary>A prefecture-level government (人民政府 or 行政公署).</summary>
    LocalGovernment,

    /// <summary>A reference to several agencies (相关成员单位, 各地人民政府).</summary>
    Group,
}
