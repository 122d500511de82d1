namespace Supervision.Engine.Campaigns;

/// <summary>Where a finding's rectification stands.</summary>
public enum FindingStatus
{
    /// <summary>Owed by the agency (recorded, or returned by the office).</summary>
    Open,

    /// <summary>Reported rectified; the office verifies it.</summary>
    Rectified,

    /// <summary>Verified and closed by the office (销号).</summary>
    Closed,
}
