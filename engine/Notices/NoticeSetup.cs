using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Engine.Notices.Digests;
using Supervision.Engine.Notices.Links;
using Supervision.Engine.Notices.Mail;
using Supervision.Engine.Notices.Templates;

namespace Supervision.Engine.Notices;

/// <summary>
/// Registers the notices: templates, addresses, links, digests, and the transport — the mail server when
/// <c>Supervision:Smtp:Host</c> is set, else <c>.eml</c> files in the pickup folder. The host registers its settings first.
/// </summary>
public static class NoticeSetup
{
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.TryAddSingleton(new NoticeOptions());
        services.TryAddSingleton(new SmtpOptions());
        services.TryAddSingleton(sp => NoticeTemplates.Load(sp.GetRequiredService<NoticeOptions>().TemplateDirectory));
        services.TryAddSingleton<IMailTransport>(sp =>
        {
            var smtp = sp.GetRequiredService<SmtpOptions>();
            return smtp.Configured
                ? new SmtpTransport(smtp, sp.GetRequiredService<TimeProvider>())
                : new PickupTransport(sp.GetRequiredService<NoticeOptions>().PickupDirectory);
        });
        services.TryAddSingleton<AddressBook>();
        services.TryAddSingleton<NoticeWords>();
        services.TryAddSingleton<NoticeComposer>();
        services.TryAddSingleton<NoticeDelivery>();
        services.TryAddSingleton<NoticeQuery>();
        services.TryAddSingleton<AckLinks>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<DigestSender>();
        return services;
    }
}
