using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Workflows.Calendar;

namespace Supervision.Engine.Hosting;

/// <summary>Registers the working-day calendar (<c>workflows/calendars</c>) and the due times counted on it in the office's time zone.</summary>
public static class CalendarSetup
{
    /// <summary>
    /// Adds the calendar unless one is registered; the host calls this first with <c>Supervision:TimeZone</c>.
    /// A count through a year without its calendar is logged as a warning, once per year per process.
    /// </summary>
    public static IServiceCollection AddBusinessCalendar(this IServiceCollection services, string timeZoneId = DueTimes.DefaultZoneId)
    {
        services.TryAddSingleton(_ => CalendarFiles.FromDefault());
        services.TryAddSingleton(sp =>
        {
            var log = sp.GetService<ILoggerFactory>()?.CreateLogger("Supervision.Calendar") ?? NullLogger.Instance;
            var warned = new ConcurrentDictionary<int, bool>();
            return new DueTimes(sp.GetRequiredService<BusinessCalendar>(), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), w =>
            {
                if (warned.TryAdd(w.Year, true))
                {
                    log.LogWarning("Due time counted through {Year} without its holiday calendar: {Warning}", w.Year, w.Message);
                }
            });
        });
        return services;
    }
}
