using Supervision.Engine.Evaluation;

namespace Supervision.Host.Web.Evaluations;

/// <summary>What the event-behind-a-point part is given: the event, the agency and item it concerns, and whether the reader may open its assignment.</summary>
public sealed record EventRefPart(EventRef Event, string AgencyName, string? ItemRef, bool MayOpen);
