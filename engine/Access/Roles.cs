namespace Supervision.Engine.Access;

/// <summary>The role names, as stored in the trail and in user records.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Inspector = "inspector";
    public const string Agency = "agency";
    public const string System = "system";

    public static IReadOnlyList<string> Human { get; } = [Admin, Coordinator, Inspector, Agency];
}
