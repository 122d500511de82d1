namespace Supervision.Engine.Backup;

/// <summary>An archive or a target that cannot be used; <see cref="Exception.Message"/> is the one sentence an operator reads.</summary>
public sealed class BackupRefusedException : Exception
{
    /// <summary>The <see cref="BackupFailure"/> code, where a scheduled backup can meet this refusal; null for an archive refused on restore.</summary>
    public string? Code { get; init; }

    public BackupRefusedException()
    {
    }

    public BackupRefusedException(string message)
        : base(message)
    {
    }

    public BackupRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
