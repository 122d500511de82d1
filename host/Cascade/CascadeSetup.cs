using Supervision.Engine.Cascade;

namespace Supervision.Host.Cascade;

/// <summary>The cascade's setting (<c>Supervision:Cascade:MaxDepth</c>), checked at start: a wrong value stops the host saying which and why.</summary>
public static class CascadeSetup
{
    public const int MaxSetting = Engine.Agencies.AgencyAncestry.MaxDepth;

    public static void AddCascade(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Supervision:Cascade").Get<CascadeOptions>() ?? new CascadeOptions();
        if (options.MaxDepth is < 1 or > MaxSetting)
        {
            throw new InvalidOperationException($"Setting Supervision:Cascade:MaxDepth is invalid: must be 1–{MaxSetting} (was {options.MaxDepth}).");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TreeQuery>();
        builder.Services.AddSingleton<TreeAncestors>();
        builder.Services.AddSingleton<Web.Cascade.CascadeSections>();
    }
}
