namespace Supervision.Host.Simulation;

/// <summary>The ladder's step words in Chinese, for the simulation's printout.</summary>
public static class StepWords
{
    public static string Chinese(string step) => step switch
    {
        "remind" => "提醒",
        "urge" => "催办",
        "supervise" => "督办",
        "interview" => "约谈",
        "notice" => "通报",
        _ => step,
    };
}
