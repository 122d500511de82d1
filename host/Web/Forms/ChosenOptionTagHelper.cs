using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Supervision.Host.Web.Forms;

/// <summary>An option of a select in the refused form: selected when it was posted, and only then.</summary>
[HtmlTargetElement("option")]
public sealed class ChosenOptionTagHelper : FormsTagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Scope is not { } scope)
        {
            return;
        }

        var value = output.Text("value") ?? System.Net.WebUtility.HtmlDecode((await output.GetChildContentAsync()).GetContent()).Trim();
        if (scope.Chosen.Contains(value))
        {
            output.Attributes.SetAttribute("selected", "selected");
        }
        else
        {
            output.Attributes.RemoveAll("selected");
        }
    }
}
