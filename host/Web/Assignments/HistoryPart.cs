using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Host.Web.Assignments;

/// <summary>What the assignment page's history list is given: the assignment, its events, and who reads them (for the names they may see).</summary>
public sealed record HistoryPart(AssignmentView View, IReadOnlyList<StoredEvent> Events, Actor Reader);
