namespace Supervision.Engine.Agencies.Import;

/// <summary>Bounds on a registry file: a national registry of counties (≈ 3,000) fits many times over.</summary>
public static class RegistryLimits
{
    public const long MaxFileBytes = 4 * 1024 * 1024;
    public const int MaxRows = 20_000;
    public const int MaxNameLength = 200;
}
