using Supervision.Engine.Trail.Words;

namespace Supervision.Host.Web.Assignments;

/// <summary>What an open obligation asks for, in words (the shared vocabulary's, so notices and pages say the same).</summary>
public static class OwedWords
{
    public static string Kind(string kind, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return ObligationWords.Ask(kind).In(lang.English);
    }
}
