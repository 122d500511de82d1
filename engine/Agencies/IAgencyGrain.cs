namespace Supervision.Engine.Agencies;

/// <summary>One agency (单位): its profile, aliases, group membership and contacts. Keyed by the agency id.</summary>
public interface IAgencyGrain : IGrainWithStringKey
{
    /// <summary>Registers the agency; registering again with the same profile is a no-op.</summary>
    Task<AgencyView> RegisterAsync(AgencyProfile profile, Trail.Actor actor, string? correlationId);

    /// <summary>Sets the liaison and the head who receive notices and escalation copies.</summary>
    Task<AgencyView> SetContactsAsync(Contact? liaison, Contact? head, Trail.Actor actor, string? correlationId);

    /// <summary>Replaces the other names the agency goes by (发改委 for 自治区发展改革委), used when plans are imported.</summary>
    Task<AgencyView> SetAliasesAsync(IReadOnlyList<string> aliases, Trail.Actor actor, string? correlationId);

    /// <summary>Names the agency above this one (null: none); refused when it is unknown or would close a cycle.</summary>
    Task<AgencyView> SetParentAsync(string? parentId, Trail.Actor actor, string? correlationId);

    /// <summary>Gives the agency a new name; its id, and so its work and its trail, stay.</summary>
    Task<AgencyView> RenameAsync(string name, Trail.Actor actor, string? correlationId);

    /// <summary>The agency as <paramref name="reader"/> may see it (contacts only for those entitled), or null when it was never registered.</summary>
    Task<AgencyView?> ReadAsync(Trail.Actor reader);

    /// <summary>The agency with its contacts, for the engine's own rules and notices; a person's read goes through <see cref="ReadAsync"/>.</summary>
    Task<AgencyView?> GetAsync();
}
