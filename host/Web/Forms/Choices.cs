namespace Supervision.Host.Web.Forms;

/// <summary>A set of checkboxes under one legend: <paramref name="Name"/> is posted once per box ticked.</summary>
/// <param name="Field">The API field the boxes feed (for a refusal about it).</param>
/// <param name="Groups">Headed groups of (value, text) boxes, shown folded when there are many.</param>
public sealed record Choices(string Name, string Legend, string Field, IReadOnlyList<(string Heading, IReadOnlyList<(string Value, string Text)> Boxes)> Groups);
