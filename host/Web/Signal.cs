namespace Supervision.Host.Web;

/// <summary>
/// The colour an assignment shows (red, yellow, green; grey when it has no deadline state), and its ladder step.
/// Until deadlines carry their own colour, an open assignment past its due time is red and others are grey.
/// </summary>
public sealed record Signal(string Colour, string? Step)
{
    public static Signal Of(bool open, bool overdue) => new(!open ? "grey" : overdue ? "red" : "grey", null);

    public string Label(Lang lang) => Colour switch
    {
        "red" => lang?["红", "red"] ?? "red",
        "yellow" => lang?["黄", "yellow"] ?? "yellow",
        "green" => lang?["绿", "green"] ?? "green",
        _ => lang?["—", "—"] ?? "—",
    };
}
