namespace Supervision.Host.Web.Assignments;

/// <summary>What an open obligation asks for, in words.</summary>
public static class OwedWords
{
    public static string Kind(string kind, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return kind switch
        {
            "acknowledge" => lang["签收", "acknowledge"],
            "settle_dispute" => lang["处理异议", "settle the dispute"],
            "contribute" => lang["报送配合材料", "contribute"],
            "complete" => lang["申请办结", "submit completion"],
            "review" => lang["审核办结申请", "review the completion"],
            "rework" => lang["整改后重新申报", "rework and resubmit"],
            "report" => lang["报送进展", "report progress"],
            "rectify" => lang["兑现整改承诺", "fulfil the commitment"],
            "finding" => lang["督导问题整改", "rectify the finding"],
            _ => kind,
        };
    }
}
