namespace Supervision.Engine.Campaigns;

/// <summary>
/// A problem a supervision campaign found in one assignment's work (问题清单), and its rectification (整改): owed by the
/// agency until it reports what it put right, then checked by the office, which closes it (销号) or returns it.
/// </summary>
/// <param name="Number">1-based on its assignment.</param>
/// <param name="CampaignId">The campaign that found it.</param>
/// <param name="Severity">general, serious or critical (一般, 较重, 严重).</param>
/// <param name="Text">What was found, with its evidence (attachment lines included).</param>
/// <param name="Due">The day the rectification is due, in the office's zone.</param>
/// <param name="DueAt">When that day ends, in UTC.</param>
/// <param name="Status">open (owed), rectified (reported, waiting for the office) or closed.</param>
/// <param name="Rectification">What the agency last reported it rectified.</param>
/// <param name="ReturnReason">Why the office last returned it.</param>
/// <param name="Returns">How many times it was returned.</param>
/// <param name="OwedSince">Since when the rectification is owed (recorded, or last returned).</param>
[GenerateSerializer, Immutable]
public sealed record Finding(
    int Number, string CampaignId, string Severity, string Text, DateOnly Due, DateTimeOffset DueAt, FindingStatus Status,
    string? Rectification, string? ReturnReason, int Returns, DateTimeOffset OwedSince);
