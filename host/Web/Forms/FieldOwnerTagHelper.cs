using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Supervision.Host.Web.Forms;

/// <summary>
/// A label (or a fieldset of checkboxes) in the refused form: its visible text names the field in the refusal's
/// sentence, and the sentence (or the note to choose files again) stands right after it.
/// </summary>
[HtmlTargetElement("label")]
[HtmlTargetElement("fieldset")]
public sealed class FieldOwnerTagHelper(Lang lang) : FormsTagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Scope is not { } scope)
        {
            return;
        }

        var owner = new FieldOwner(output.TagName == "fieldset");
        scope.Owners.Add(owner);
        string html;
        try
        {
            html = (await output.GetChildContentAsync()).GetContent();
        }
        finally
        {
            scope.Owners.Remove(owner);
        }

        owner.Text = owner.Group ? FieldWords.LegendText(html) : FieldWords.LabelText(html);
        var after = owner.Group ? output.PostContent : output.PostElement;
        if (owner.ChooseFilesAgain)
        {
            after.AppendHtml(FilesAgain.Html(lang));
        }

        if (owner.Error)
        {
            after.AppendHtml(scope.ErrorHtml);
            if (owner.Group)
            {
                output.DescribedBy(scope.ErrorId);
            }
        }
    }
}
