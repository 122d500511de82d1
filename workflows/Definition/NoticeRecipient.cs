namespace Supervision.Workflows.Definition;

/// <summary>Who a ladder step notifies. YAML names are snake_case (<c>agency_head</c>).</summary>
public enum NoticeRecipient
{
    /// <summary>The agency's liaison for the supervision programme (联络员).</summary>
    Liaison,
    /// <summary>The person named responsible when the assignment was acknowledged (责任人).</summary>
    Responsible,
    /// <summary>The head of the agency (单位主要负责人).</summary>
    AgencyHead,
    /// <summary>The coordinating office (督办办公室).</summary>
    Office,
    /// <summary>The leading group the office serves (领导小组).</summary>
    LeadingGroup,
}
