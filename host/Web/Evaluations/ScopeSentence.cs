namespace Supervision.Host.Web.Evaluations;

/// <summary>Whom an evaluation scores, as people say it: 全部单位, or 昌吉回族自治州人民政府及其下级单位 (a name, never an id).</summary>
public static class ScopeSentence
{
    public static string Of(string? scope, IReadOnlyDictionary<string, string> names, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(lang);
        if (scope is null)
        {
            return lang["全部单位", "Every agency"];
        }

        var name = names.GetValueOrDefault(scope) ?? lang["（已删除的单位）", "(an agency no longer registered)"];
        return lang[$"{name}及其下级单位", $"{name} and the agencies below it"];
    }
}
