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
        var options = builder.Configuration.GetSection(SupervisionOptions.Section).Get<SupervisionOptions>() ?? new SupervisionOptions();
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true))
        {
            throw new OptionsValidationException(SupervisionOptions.Section, typeof(SupervisionOptions),
                errors.Select(e => $"Setting Supervision:{string.Join(",", e.MemberNames)} is invalid: {e.ErrorMessage}"));
        }

        Directory.CreateDirectory(options.DataDirectory);
        return options;
    }
}
