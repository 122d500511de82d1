using System.Collections.Frozen;
using System.Text.Unicode;
using System.Text.Encodings.Web;
using Fluid;

namespace Supervision.Engine.Notices.Templates;

/// <summary>
/// The notice templates (Liquid, read with Fluid): one file per kind and language, <c>{kind}.{lang}.liquid</c>, whose
/// first lines are <c>subject: …</c> and a line <c>---</c>, then the plain-text body; the HTML part is the same body
/// in <c>layout.{lang}.liquid</c>. All are parsed when the host starts: a missing or broken file stops it, naming the file.
/// </summary>
public sealed class NoticeTemplates
{
    public static readonly string[] Languages = ["zh-CN", "en"];
    private static readonly FluidParser Parser = new();

    // Chinese stays readable in the HTML source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly FrozenDictionary<string, (IFluidTemplate Subject, IFluidTemplate Body)> _notices;
    private readonly FrozenDictionary<string, IFluidTemplate> _layouts;

    private NoticeTemplates(Dictionary<string, (IFluidTemplate, IFluidTemplate)> notices, Dictionary<string, IFluidTemplate> layouts) =>
        (_notices, _layouts) = (notices.ToFrozenDictionary(StringComparer.Ordinal), layouts.ToFrozenDictionary(StringComparer.Ordinal));

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "notices", "templates");

    /// <summary>Reads every template of every kind and language.</summary>
    /// <exception cref="InvalidOperationException">A file is missing or does not parse; the message names it.</exception>
    public static NoticeTemplates Load(string? directory = null)
    {
        var folder = directory ?? DefaultDirectory;
        var notices = new Dictionary<string, (IFluidTemplate, IFluidTemplate)>();
        var layouts = new Dictionary<string, IFluidTemplate>();
        foreach (var language in Languages)
        {
            layouts[language] = Parse(Path.Combine(folder, $"layout.{language}.liquid"), File.ReadAllText);
            foreach (var kind in NoticeKinds.All)
            {
                var path = Path.Combine(folder, $"{kind}.{language}.liquid");
                var text = Read(path).ReplaceLineEndings("\n");
                var split = text.IndexOf("\n---\n", StringComparison.Ordinal);
                if (!text.StartsWith("subject:", StringComparison.Ordinal) || split < 0)
                {
                    throw new InvalidOperationException($"Notice template {path} must start with 'subject: …' and a line '---' before the body.");
                }

                notices[$"{kind}.{language}"] = (
                    Parse(path, _ => text["subject:".Length..split].Trim()),
                    Parse(path, _ => text[(split + 5)..]));
            }
        }

        return new NoticeTemplates(notices, layouts);
    }

    /// <summary>The subject (one line), plain text and HTML of a notice; values are encoded for HTML in the HTML part.</summary>
    public RenderedNotice Render(string kind, string language, IReadOnlyDictionary<string, string?> values)
    {
        var lang = Languages.Contains(language) ? language : Languages[0];
        var (subject, body) = _notices[$"{kind}.{lang}"];
        var context = Context(values);
        var subjectText = string.Join(' ', subject.Render(context).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var text = body.Render(context).Trim() + "\n";
        var bodyHtml = string.Join("", body.Render(context, Html).Trim().ReplaceLineEndings("\n").Split("\n\n")
            .Select(p => $"<p>{p.Replace("\n", "<br>\n", StringComparison.Ordinal)}</p>\n"));
        var layout = Context(values);
        layout.SetValue("subject", subjectText);
        layout.SetValue("body", bodyHtml);
        return new RenderedNotice(subjectText, text, _layouts[lang].Render(layout, Html));
    }

    private static TemplateContext Context(IReadOnlyDictionary<string, string?> values)
    {
        var context = new TemplateContext();
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return context;
    }

    private static string Read(string path) => File.Exists(path)
        ? File.ReadAllText(path)
        : throw new InvalidOperationException($"Notice template {path} is missing.");

    private static IFluidTemplate Parse(string path, Func<string, string> source) =>
        Parser.TryParse(source(File.Exists(path) ? path : throw new InvalidOperationException($"Notice template {path} is missing.")), out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Notice template {path} does not parse: {error}");
}
