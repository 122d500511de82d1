namespace Supervision.Engine.Notices.Links;

/// <summary>What an acknowledge link is bound to: the notice it came in, the assignment, its agency and the recipient, and until when it works.</summary>
public sealed record AckLink(string NoticeId, string AssignmentId, string AgencyId, string RecipientName, string RecipientEmail, DateTimeOffset Expires);
