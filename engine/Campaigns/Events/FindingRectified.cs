using Supervision.Engine.Attachments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns.Events;

/// <summary>The agency reports what it rectified; the obligation is met and the office verifies.</summary>
[GenerateSerializer, Immutable]
public sealed record FindingRectified(int Number, string Text, IReadOnlyList<AttachedFile>? Files = null) : ICarriesFiles;
