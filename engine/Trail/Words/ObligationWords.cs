namespace Supervision.Engine.Trail.Words;

/// <summary>
/// What an obligation is (a noun: "the 签收 is overdue") and what it asks (a verb: "申请办结"), by its kind: the words
/// of notices, digests, the trail and the assignment page's "what is owed".
/// </summary>
public static class ObligationWords
{
    private static readonly Dictionary<string, (Word Noun, Word Ask)> Kinds = new(StringComparer.Ordinal)
    {
        ["acknowledge"] = (new("签收", "acknowledgement"), new("签收", "acknowledge")),
        ["settle_dispute"] = (new("异议处理", "settling of the dispute"), new("处理异议", "settle the dispute")),
        ["contribute"] = (new("配合意见报送", "contribution"), new("报送配合材料", "contribute")),
        ["complete"] = (new("办结", "completion"), new("申请办结", "submit completion")),
        ["review"] = (new("审核", "review"), new("审核办结申请", "review the completion")),
        ["rework"] = (new("整改", "rework"), new("整改后重新申报", "rework and resubmit")),
        ["report"] = (new("进展报送", "progress report"), new("报送进展", "report progress")),
        ["rectify"] = (new("整改承诺", "rectification commitment"), new("兑现整改承诺", "fulfil the commitment")),
        ["finding"] = (new("督导问题整改", "rectification of a supervision finding"), new("督导问题整改", "rectify the finding")),
    };

    public static bool Knows(string kind) => Kinds.ContainsKey(kind);

    /// <summary>The obligation as a thing: 签收, 办结, 进展报送 / acknowledgement, completion, progress report.</summary>
    public static Word Noun(string kind) => Kinds.TryGetValue(kind, out var w) ? w.Noun : Word.Unknown(kind);

    /// <summary>The obligation as what to do: 签收, 申请办结 / acknowledge, submit completion.</summary>
    public static Word Ask(string kind) => Kinds.TryGetValue(kind, out var w) ? w.Ask : Word.Unknown(kind);
}
