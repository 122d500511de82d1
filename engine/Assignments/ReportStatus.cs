namespace Supervision.Engine.Assignments;

/// <summary>A progress report waits for review, then is accepted or returned.</summary>
public enum ReportStatus
{
    Pending,
    Accepted,
    Returned,
}
