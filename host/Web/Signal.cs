using Supervision.Engine.Trail.Words;

namespace Supervision.Host.Web;

/// <summary>
/// What an assignment shows beside its name: its colour (red, yellow, green from the deadlines; none once closed) and
/// the last escalation step reached (提醒, 催办, 督办, 约谈, 通报).
/// </summary>
public sealed record Signal(string Colour, string? Step)
{
    public string Label(Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return Colour switch
        {
            "red" => lang["红", "red"],
            "yellow" => lang["黄", "yellow"],
            "green" => lang["绿", "green"],
            _ => "—",
        };
    }

    public string? StepLabel(Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        if (Step is null)
        {
            return null;
        }

        var word = LadderWords.Step(Step);
        return lang[word.Zh, word.En];
    }
}
