using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Supervision.Host.Web.Forms;

/// <summary>What the forms' tag helpers share: they run after the framework's own, and see the request and the refused form's scope.</summary>
public abstract class FormsTagHelper : TagHelper
{
    public override int Order => 100;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The refused form being rendered again, when this element is inside it.</summary>
    internal FormScope? Scope => FormScope.Current(ViewContext.HttpContext);
}
