using Supervision.Engine.Access;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Trail.Words;

/// <summary>Who takes part, in words: the role a person signs in with, and the part an agency plays in an item.</summary>
public static class PartyWords
{
    public static Word SignInRole(string role) => role switch
    {
        Roles.Coordinator => new("督查办公室", "coordinator"),
        Roles.Agency => new("承办单位", "agency"),
        Roles.Admin => new("管理员", "admin"),
        Roles.Inspector => new("督查人员", "inspector"),
        Roles.System => new("系统", "system"),
        _ => Word.Unknown(role),
    };

    /// <summary>牵头单位 / lead agency, 配合单位 / cooperating agency.</summary>
    public static Word Part(AssignmentRole role) =>
        role == AssignmentRole.Lead ? new("牵头单位", "lead agency") : new("配合单位", "cooperating agency");
}
