using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Assignments;

/// <summary>
/// The cycle as an SVG drawn on the server, with the assignment's status highlighted. The arrows come from the machine's
/// own export (<see cref="AssignmentCycle.ToMermaid"/>), so the picture cannot drift from the rules; only where each box
/// stands is chosen here. Moves that keep the status, and withdrawal (open from every open status), are listed under the picture.
/// </summary>
public static partial class CycleSvg
{
    private const int Width = 150, Height = 40;

    private static readonly Dictionary<AssignmentStatus, (int X, int Y)> Places = new()
    {
        [AssignmentStatus.Dispatched] = (110, 40), [AssignmentStatus.Disputed] = (400, 40), [AssignmentStatus.Reassigned] = (690, 40),
        [AssignmentStatus.InProgress] = (110, 170), [AssignmentStatus.Waived] = (400, 170), [AssignmentStatus.Withdrawn] = (690, 170),
        [AssignmentStatus.UnderReview] = (110, 300), [AssignmentStatus.Contributed] = (400, 300),
        [AssignmentStatus.Completed] = (110, 430), [AssignmentStatus.Rework] = (400, 430),
    };

    public sealed record Edge(AssignmentStatus From, AssignmentStatus To, CycleTrigger Trigger);

    /// <summary>Every transition of the machine, read from its Mermaid export.</summary>
    public static IReadOnlyList<Edge> Edges() =>
        [.. EdgePattern().Matches(AssignmentCycle.ToMermaid())
            .Select(m => new Edge(Enum.Parse<AssignmentStatus>(m.Groups[1].Value), Enum.Parse<AssignmentStatus>(m.Groups[2].Value), Enum.Parse<CycleTrigger>(m.Groups[3].Value)))];

    public static string Render(AssignmentStatus current, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        var svg = new StringBuilder(8192);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 470\" width=\"800\" height=\"470\" role=\"img\" aria-label=\"{E(lang["任务流程图", "Assignment cycle"])}\" font-size=\"13\">")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#5b6776\"/></marker></defs>");
        var drawn = Edges().Where(e => e.From != e.To && e.Trigger != CycleTrigger.Withdraw && Places.ContainsKey(e.From) && Places.ContainsKey(e.To))
            .GroupBy(e => (e.From, e.To));
        foreach (var pair in drawn)
        {
            var (a, b) = (Places[pair.Key.From], Places[pair.Key.To]);
            var reverse = Places.ContainsKey(pair.Key.To) && drawn.Any(g => g.Key == (pair.Key.To, pair.Key.From));
            Line(svg, a, b, reverse ? 7 : 0, string.Join(" / ", pair.Select(e => lang.Move(e.Trigger)).Distinct()));
        }

        foreach (var (status, (x, y)) in Places)
        {
            var here = status == current;
            svg.Append(CultureInfo.InvariantCulture, $"<g{(here ? " id=\"current\"" : "")}><rect x=\"{x - Width / 2}\" y=\"{y - Height / 2}\" width=\"{Width}\" height=\"{Height}\" rx=\"6\" ")
                .Append(here ? "fill=\"#a4161a\" stroke=\"#a4161a\"" : AssignmentCycle.IsOpen(status) ? "fill=\"#fff\" stroke=\"#5b6776\"" : "fill=\"#eef1f5\" stroke=\"#8a96a3\"")
                .Append(CultureInfo.InvariantCulture, $"/><text x=\"{x}\" y=\"{y + 5}\" text-anchor=\"middle\" font-size=\"15\" fill=\"{(here ? "#fff" : "#1d2733")}\">{E(lang.Status(status))}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The moves that keep the status, by status, for the list under the picture.</summary>
    public static IEnumerable<(AssignmentStatus Status, IReadOnlyList<CycleTrigger> Moves)> Loops() =>
        Edges().Where(e => e.From == e.To).GroupBy(e => e.From).Select(g => (g.Key, (IReadOnlyList<CycleTrigger>)[.. g.Select(e => e.Trigger).Distinct()]));

    private static void Line(StringBuilder svg, (int X, int Y) a, (int X, int Y) b, int offset, string label)
    {
        // Shorten the line to the boxes' edges, and shift a pair of opposite arrows apart.
        double dx = b.X - a.X, dy = b.Y - a.Y, length = Math.Sqrt((dx * dx) + (dy * dy));
        var (ux, uy) = (dx / length, dy / length);
        var (nx, ny) = (-uy * offset, ux * offset);
        var cut = Math.Min(Math.Abs(ux) < 1e-9 ? double.MaxValue : (Width / 2.0) / Math.Abs(ux), Math.Abs(uy) < 1e-9 ? double.MaxValue : (Height / 2.0) / Math.Abs(uy)) + 2;
        double x1 = a.X + (ux * cut) + nx, y1 = a.Y + (uy * cut) + ny, x2 = b.X - (ux * cut) + nx, y2 = b.Y - (uy * cut) + ny;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"#5b6776\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
        var (lx, ly) = (((x1 + x2) / 2) + (nx * 2.2), ((y1 + y2) / 2) + (ny * 2.2) - 4);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx:0.#}\" y=\"{ly:0.#}\" text-anchor=\"middle\" fill=\"#0b5cad\" stroke=\"#f5f7fa\" stroke-width=\"4\" paint-order=\"stroke\">{E(label)}</text>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"^\s+(\w+) --> (\w+) : (\w+)", RegexOptions.Multiline)]
    private static partial Regex EdgePattern();
}
