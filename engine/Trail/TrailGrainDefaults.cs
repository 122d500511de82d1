namespace Supervision.Engine.Trail;

/// <summary>Names shared by the trail grains and the silo configuration.</summary>
public static class TrailGrainDefaults
{
    public const string ProviderName = "trail";
}
