namespace Supervision.Engine.Import;

/// <summary>One name from an agency list: as printed, and with the list's shared prefix carried over.</summary>
/// <param name="Printed">The name as printed, e.g. <c>商务厅</c>.</param>
/// <param name="Qualified">The name with the prefix of an earlier name carried over, e.g. <c>自治区商务厅</c>;
/// equal to <paramref name="Printed"/> when the name has its own prefix or there is none to carry.</param>
/// <param name="Note">The role word beyond lead and cooperating (<c>guidance</c> for 指导, <c>supervision</c> for 督促/监督), if any.</param>
/// <param name="RunTogether">The printed text this name was cut from when names ran together (<c>区发改局区统计局</c>), else null.</param>
public sealed record ListedName(string Printed, string Qualified, string? Note = null, string? RunTogether = null);
