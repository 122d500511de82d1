using Microsoft.Extensions.Primitives;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web.Forms;

/// <summary>
/// The refused form while it renders again: what was posted to it, the refusal, and the controls met on the way.
/// Kept in the request's items (not the tag helper context) so that controls in a partial inside the form find it too.
/// </summary>
internal sealed class FormScope(string identity, IFormCollection posted, SupervisionException? refusal)
{
    private static readonly object Key = new();

    public string Identity { get; } = identity;

    public SupervisionException? Refusal { get; } = refusal;

    public List<FieldControl> Controls { get; } = [];

    /// <summary>The control the refusal is about (its place among <see cref="Controls"/>), once chosen.</summary>
    public int? Target { get; set; }

    /// <summary>The refusal's sentence naming the field by its label, once the target is chosen.</summary>
    public string? Message { get; set; }

    /// <summary>The label or fieldset being rendered, innermost last.</summary>
    public List<FieldOwner> Owners { get; } = [];

    /// <summary>The values posted for the select being rendered, for its options.</summary>
    public IReadOnlySet<string> Chosen { get; set; } = new HashSet<string>();

    public int Next { get; set; }

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public string ErrorId => $"{Identity}-error";

    /// <summary>The refusal as it stands beside its field.</summary>
    public string ErrorHtml => $"<p class=\"field-error\" id=\"{System.Net.WebUtility.HtmlEncode(ErrorId)}\">{System.Net.WebUtility.HtmlEncode(Message)}</p>";

    public static FormScope? Current(HttpContext http) => http.Items.TryGetValue(Key, out var scope) ? scope as FormScope : null;

    public void Enter(HttpContext http) => http.Items[Key] = this;

    public static void Leave(HttpContext http) => http.Items.Remove(Key);

    /// <summary>The posted values of a name.</summary>
    public StringValues Values(string name) => posted.TryGetValue(name, out var v) ? v : StringValues.Empty;

    public bool HadFiles(string name) => posted.Files.GetFiles(name).Any(f => f.FileName.Length > 0);

    /// <summary>How many controls of this name came before (the value a browser posts for it is at that place).</summary>
    public int Place(string name)
    {
        var n = _seen.GetValueOrDefault(name);
        _seen[name] = n + 1;
        return n;
    }

    /// <summary>Forgets what the first rendering met, for the second.</summary>
    public void Restart()
    {
        _seen.Clear();
        Owners.Clear();
        Next = 0;
    }
}

/// <summary>A control of the refused form: the names it answers to, and what names it for a person.</summary>
internal sealed record FieldControl(IReadOnlySet<string> Keys, FieldOwner? Owner, string? OwnText)
{
    public string? Label => Owner?.Text ?? OwnText;
}

/// <summary>A label or a fieldset around controls: its visible text, and what it must say after itself.</summary>
internal sealed class FieldOwner(bool group)
{
    /// <summary>A fieldset: the owner of the checkboxes and radios inside it, named by its legend.</summary>
    public bool Group { get; } = group;

    public string? Text { get; set; }

    public bool Error { get; set; }

    public bool ChooseFilesAgain { get; set; }
}
