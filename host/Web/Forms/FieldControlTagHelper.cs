using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Supervision.Host.Web.Forms;

/// <summary>
/// A control of the refused form: filled back with what was posted (never a password, never a file: the page says to
/// choose files again), and marked <c>aria-invalid</c> when the refusal is about it.
/// It answers to its <c>data-field</c> names (the API fields it feeds), its name, and its name in the API's spelling.
/// </summary>
[HtmlTargetElement("input", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("textarea")]
[HtmlTargetElement("select")]
public sealed class FieldControlTagHelper(Lang lang) : FormsTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Scope is not { } scope || output.Text("name") is not { Length: > 0 } name)
        {
            return;
        }

        var type = output.TagName == "input" ? (output.Text("type") ?? "text").ToLowerInvariant() : output.TagName;
        scope.Chosen = new HashSet<string>();
        if (type is "submit" or "button" or "reset" or "image")
        {
            return;
        }

        if (type == "hidden")
        {
            scope.Place(name); // the page's own value, kept; it still takes its place among the values posted under its name
            return;
        }

        var group = scope.Owners.LastOrDefault(o => o.Group);
        var owner = type is "checkbox" or "radio" && group is not null ? group : scope.Owners.LastOrDefault(o => !o.Group);
        var place = Refill(scope, output, name, type, owner);
        var ordinal = scope.Next++;
        if (scope.Target is null)
        {
            var keys = (output.Text("data-field") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Concat([name, FieldWords.Snake(name), $"{name}[{place}]"]).ToHashSet(StringComparer.Ordinal);
            scope.Controls.Add(new FieldControl(keys, owner, output.Text("aria-label") ?? output.Text("placeholder") ?? output.Text("title")));
        }
        else if (scope.Target == ordinal)
        {
            if (owner is not { Group: true })
            {
                output.Attributes.SetAttribute("aria-invalid", "true");
                output.DescribedBy(scope.ErrorId);
            }

            if (owner is null)
            {
                output.PostElement.AppendHtml(scope.ErrorHtml);
            }
            else
            {
                owner.Error = true;
            }
        }
    }

    /// <summary>Puts back what was posted; returns the control's place among those of its name.</summary>
    private int Refill(FormScope scope, TagHelperOutput output, string name, string type, FieldOwner? owner)
    {
        var posted = scope.Values(name);
        switch (type)
        {
            case "password":
                return 0;
            case "file":
                if (scope.HadFiles(name))
                {
                    if (owner is null)
                    {
                        output.PostElement.AppendHtml(FilesAgain.Html(lang));
                    }
                    else
                    {
                        owner.ChooseFilesAgain = true;
                    }
                }

                return 0;
            case "checkbox" or "radio":
                var checkedNow = posted.Contains(output.Text("value") ?? "on");
                if (checkedNow) { output.Attributes.SetAttribute("checked", "checked"); } else { output.Attributes.RemoveAll("checked"); }
                return 0;
        }

        var place = scope.Place(name);
        var value = place < posted.Count ? posted[place] ?? "" : null;
        if (type == "select")
        {
            scope.Chosen = output.Attributes.ContainsName("multiple") ? posted.OfType<string>().ToHashSet(StringComparer.Ordinal) : value is null ? new HashSet<string>() : [value];
        }
        else if (type == "textarea" && value is not null)
        {
            output.Content.SetHtmlContent("\n"); // a browser drops the newline right after <textarea>, not the text's own
            output.Content.Append(value);
        }
        else if (value is not null)
        {
            output.Attributes.SetAttribute("value", value);
        }

        return place;
    }
}
