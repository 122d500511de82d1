namespace Supervision.Host.Retention;

/// <summary>Registers the draft clean-up with the settings it reads (log files are rolled and pruned by Serilog itself).</summary>
public static class RetentionSetup
{
    public static void AddRetention(this WebApplicationBuilder builder, Configuration.SupervisionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        builder.Services.AddSingleton(options.Import);
        builder.Services.AddHostedService<DraftCleanup>();
    }
}
