using Supervision.Engine.Hosting;
using Supervision.Host.Configuration;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Calendar;

/// <summary>Loads the calendar files when the host is built, so a broken <c>office.yaml</c> stops it with file and line instead of failing the first dispatch.</summary>
public static class CalendarHosting
{
    public static void AddSupervisionCalendar(this WebApplicationBuilder builder, SupervisionOptions options)
    {
        builder.Services.AddSingleton(CalendarFiles.FromDefault());
        builder.Services.AddBusinessCalendar(options.TimeZone);
    }
}
