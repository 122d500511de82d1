namespace Supervision.Engine.Assignments;

/// <summary>Assignment ids are derived from the item and the agency, so dispatching twice can never open two.</summary>
public static class AssignmentIds
{
    public static string For(string itemId, string agencyId) => $"{itemId}~{agencyId}";
}
