namespace Supervision.Engine.Notices.Links;

/// <summary>Why a link was refused, or that it is good.</summary>
public enum AckLinkVerdict
{
    Valid,
    Tampered,
    Expired,
    Used,
}
