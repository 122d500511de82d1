namespace Supervision.Engine.Notices;

/// <summary>
/// Who a notice is for, in the workflow definition's words. The agency's own people are addressed (To); the head and
/// the office's side are copied (Cc), unless nobody on the agency's side is named (the office's own late reviews).
/// </summary>
public static class Recipients
{
    public const string Liaison = "liaison";
    public const string Responsible = "responsible";
    public const string AgencyHead = "agency_head";
    public const string Office = "office";
    public const string LeadingGroup = "leading_group";
    public const string OfficeHead = "office_head";

    public static IReadOnlyList<string> All { get; } = [Liaison, Responsible, AgencyHead, Office, LeadingGroup, OfficeHead];

    public static bool IsAddressed(string word) => word is Liaison or Responsible;
}
