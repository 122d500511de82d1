namespace Supervision.Host.Retention;

/// <summary>
/// How long what may go is kept: log files (<c>Supervision:Logs:KeepDays</c>) and uncommitted import drafts
/// (<c>Supervision:Import:DraftDays</c>). The trail, and every attachment a trail names, is never deleted.
/// </summary>
public static class RetentionSettings
{
    public sealed class LogSettings
    {
        public int KeepDays { get; set; } = 180;
    }

    public static IEnumerable<string> Problems(Configuration.SupervisionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Logs.KeepDays is < 1 or > 36500)
        {
            yield return $"Setting Supervision:Logs:KeepDays is invalid: it must be 1–36500 days (was {options.Logs.KeepDays}).";
        }

        if (options.Import.DraftDays is < 1 or > 3650)
        {
            yield return $"Setting Supervision:Import:DraftDays is invalid: it must be 1–3650 days (was {options.Import.DraftDays}).";
        }

        foreach (var problem in options.Import.Ocr.Problems())
        {
            yield return problem;
        }
    }
}
