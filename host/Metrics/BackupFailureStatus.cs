using Supervision.Engine.Backup;

namespace Supervision.Host.Metrics;

/// <summary>A failed backup: its code (see <see cref="BackupFailure"/>), its sentence in both languages, and the error's own text.</summary>
public sealed record BackupFailureStatus(DateTimeOffset At, string Code, string SentenceZh, string SentenceEn, string? Reason)
{
    /// <summary>The last failure when it is newer than the last success (a failure followed by a success is over).</summary>
    public static BackupFailureStatus? Of(BackupStatus backup, DateTimeOffset? lastSuccess)
    {
        if (backup.LastFailureAt is not { } at || (lastSuccess is { } ok && ok >= at))
        {
            return null;
        }

        var code = backup.LastFailureCode ?? BackupFailure.Unknown;
        var sentence = BackupFailure.Sentence(code);
        return new(at, code, sentence.Zh, sentence.En, backup.LastFailure);
    }
}
