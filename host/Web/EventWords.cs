using Supervision.Engine.Trail.Words;

namespace Supervision.Host.Web;

/// <summary>Event titles and sign-in roles in the reader's language, from the engine's one vocabulary (Trail/Words) that notices read too.</summary>
public static class EventWords
{
    public static string Label(string type, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return EventTitles.Of(type).In(lang.English);
    }

    public static string RoleName(string role, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return PartyWords.SignInRole(role).In(lang.English);
    }
}
