using Supervision.Engine.Obligations;

namespace Supervision.Engine.Trail.Words;

/// <summary>
/// What an obligation is (a noun: "the 签收 is overdue") and what it asks (a verb: "申请办结"), by its kind: the words
/// of notices, digests, the trail and the assignment page's "what is owed". Each kind declares its own (<see cref="ObligationKinds"/>).
/// </summary>
public static class ObligationWords
{
    public static bool Knows(string kind) => ObligationKinds.Find(kind) is not null;

    /// <summary>The obligation as a thing: 签收, 办结, 进展报送 / acknowledgement, completion, progress report.</summary>
    public static Word Noun(string kind) => ObligationKinds.Find(kind)?.Noun ?? Word.Unknown(kind);

    /// <summary>The obligation as what to do: 签收, 申请办结 / acknowledge, submit completion.</summary>
    public static Word Ask(string kind) => ObligationKinds.Find(kind)?.Ask ?? Word.Unknown(kind);
}
