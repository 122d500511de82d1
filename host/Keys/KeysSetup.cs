using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Supervision.Host.Configuration;

namespace Supervision.Host.Keys;

/// <summary>The secrets all nodes share, found (or made) at start and checked against the installation's fingerprint before the silo joins.</summary>
public static class KeysSetup
{
    /// <exception cref="OptionsValidationException">The key given is not one; the message says which setting and why.</exception>
    public static void AddSharedKeys(this WebApplicationBuilder builder, SupervisionOptions options)
    {
        var (key, from, problem) = NoticeLinkKeySource.Resolve(options.Keys, Path.Combine(options.KeysDirectory, "notice-link-key"));
        if (key is null)
        {
            throw new OptionsValidationException(SupervisionOptions.Section, typeof(SupervisionOptions), [problem!]);
        }

        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => ActivatorUtilities.CreateInstance<SharedKeyCheck>(sp, from));
    }
}
