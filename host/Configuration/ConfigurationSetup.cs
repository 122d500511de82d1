using Microsoft.Extensions.Options;

namespace Supervision.Host.Configuration;

/// <summary>Binds and validates the settings at start: a wrong setting stops the host with a sentence saying which and why.</summary>
public static class ConfigurationSetup
{
    public static SupervisionOptions AddSupervisionConfiguration(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddEnvironmentVariables();
        builder.Services.AddOptions<SupervisionOptions>()
            .Bind(builder.Configuration.GetSection(SupervisionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = Load(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Reactions);
        builder.Services.AddSingleton(options.Deadlines);
        // The one setting that sits under another's value (Supervision:Postgres is the connection string); checked in Load, and again at start.
        builder.Services.AddOptions<Cluster.ConnectionBudgetOptions>()
            .Bind(builder.Configuration.GetSection("Supervision:Postgres"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return options;
    }

    /// <summary>Binds the settings and checks every one; the host and the command-line verbs both read them here.</summary>
    /// <exception cref="OptionsValidationException">A setting is wrong; the message names it and says why.</exception>
    public static SupervisionOptions Load(IConfiguration configuration)
    {
        // Checked before binding: Supervision:Postgres holds both the connection string and this setting beneath it.
        if (Cluster.ConnectionBudget.Problems(configuration).ToList() is { Count: > 0 } budget)
        {
            throw new OptionsValidationException(SupervisionOptions.Section, typeof(SupervisionOptions), budget);
        }

        var options = configuration.GetSection(SupervisionOptions.Section).Get<SupervisionOptions>() ?? new SupervisionOptions();
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true);
        var messages = errors.Select(e => $"Setting Supervision:{string.Join(",", e.MemberNames)} is invalid: {e.ErrorMessage}")
            .Concat(ReactionProblems(options.Reactions))
            .Concat(TimeZoneProblems(options.TimeZone))
            .Concat(DeadlineProblems(options.Deadlines))
            .Concat(Notices.NoticeSettings.Problems(options))
            .Concat(ClusterSettings.Problems(options))
            .Concat(Backup.BackupSetup.Problems(options.Backup))
            .Concat(Retention.RetentionSettings.Problems(options))
            .ToList();
        if (messages.Count == 0)
        {
            messages.AddRange(StoreSettings.Problems(options));
        }

        if (messages.Count > 0)
        {
            throw new OptionsValidationException(SupervisionOptions.Section, typeof(SupervisionOptions), messages);
        }

        Directory.CreateDirectory(options.DataDirectory);
        return options;
    }

    private static IEnumerable<string> TimeZoneProblems(string? zone)
    {
        if (!string.IsNullOrWhiteSpace(zone) && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            yield return $"Setting Supervision:TimeZone is invalid: '{zone}' is not a time zone this machine knows; use an IANA id such as Asia/Shanghai.";
        }
    }

    private static IEnumerable<string> DeadlineProblems(Engine.Deadlines.DeadlineOptions d)
    {
        if (d.Concurrency is < 1 or > 1024)
        {
            yield return $"Setting Supervision:Deadlines:Concurrency is invalid: must be 1–1024 (was {d.Concurrency}).";
        }

        if (d.BatchSize is < 1 or > 100_000)
        {
            yield return $"Setting Supervision:Deadlines:BatchSize is invalid: must be 1–100000 (was {d.BatchSize}).";
        }

        foreach (var (name, value) in new[] { ("CheckinInterval", d.CheckinInterval), ("CheckinMisfireThreshold", d.CheckinMisfireThreshold) })
        {
            if (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromMinutes(10))
            {
                yield return $"Setting Supervision:Deadlines:{name} is invalid: must be a time span from 1 s to 10 minutes, such as 00:00:05 (was {value}).";
            }
        }

        if (d.RetryAfter <= TimeSpan.Zero || d.RetryAfter > TimeSpan.FromDays(1))
        {
            yield return $"Setting Supervision:Deadlines:RetryAfter is invalid: must be a time span above zero and at most a day, such as 00:00:30 (was {d.RetryAfter}).";
        }
    }

    private static IEnumerable<string> ReactionProblems(Engine.Reactions.ReactionOptions r)
    {
        if (r.MaxAttempts is < 1 or > 100)
        {
            yield return $"Setting Supervision:Reactions:MaxAttempts is invalid: must be 1–100 (was {r.MaxAttempts}).";
        }

        if (r.Concurrency is < 1 or > 256)
        {
            yield return $"Setting Supervision:Reactions:Concurrency is invalid: must be 1–256 (was {r.Concurrency}).";
        }

        foreach (var (name, value) in new[] { ("FirstBackoff", r.FirstBackoff), ("MaxBackoff", r.MaxBackoff), ("Lease", r.Lease), ("PollInterval", r.PollInterval) })
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
            {
                yield return $"Setting Supervision:Reactions:{name} is invalid: must be a time span above zero and at most a day, such as 00:00:05 (was {value}).";
            }
        }
    }
}
