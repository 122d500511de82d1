namespace Supervision.Host.Tests.Fuzz;

/// <summary>Who sends a generated request: nobody, each staff role, and a user of each of two agencies.</summary>
public enum FuzzRole
{
    Anonymous,
    Admin,
    Coordinator,
    Inspector,
    AgencyA,
    AgencyB,
}
