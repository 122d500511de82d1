using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Supervision.Host.Web.Forms;

/// <summary>
/// Every <c>&lt;form method="post"&gt;</c>: posts to its own page path (and its own handler, when it names one), never to
/// whatever URL the page was rendered at; carries its identity; and, when it is the form a refused post came from
/// (the page answers 400), renders again with what was posted and its refusal beside the field at fault.
/// Runs after the framework's form tag helper, which writes the action of a form that names a handler.
/// </summary>
[HtmlTargetElement("form", Attributes = "[method=post]")]
public sealed class PostFormTagHelper(Lang lang) : FormsTagHelper
{
    /// <summary>The hidden field that says which form of the page was posted.</summary>
    public const string FormField = "__form";

    private static readonly object Counter = new();

    private string _identity = "";

    private FormScope? _scope;

    /// <summary>
    /// Opens the refused form's scope before any tag helper renders the form's content: the framework's
    /// end-of-form helper renders it before this one runs, and that first rendering must already see the scope.
    /// </summary>
    public override void Init(TagHelperContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = ViewContext.HttpContext;
        _identity = context.Text("id") ?? $"form-{NextNumber(http)}";
        if (WasRefused(http, _identity))
        {
            _scope = new FormScope(_identity, http.Request.Form, Page?.Refusal);
            _scope.Enter(http);
        }
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var http = ViewContext.HttpContext;
        if (!output.Attributes.ContainsName("action"))
        {
            output.Attributes.SetAttribute("action", http.Request.PathBase.Add(http.Request.Path).ToUriComponent());
        }

        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FormField}\" value=\"{System.Net.WebUtility.HtmlEncode(_identity)}\">");
        if (_scope is not { } scope)
        {
            return;
        }

        try
        {
            var content = await output.GetChildContentAsync();
            if (scope.Refusal?.Field is { Length: > 0 } field && Choose(scope, field) is { } target)
            {
                scope.Target = target;
                scope.Message = FieldWords.Sentence(lang, scope.Refusal, scope.Controls[target].Label);
                Page!.Problem = scope.Message;
                scope.Restart();
                content = await output.GetChildContentAsync(useCachedResult: false);
            }

            output.Content.SetHtmlContent(content);
        }
        finally
        {
            FormScope.Leave(http);
        }
    }

    // A form in a partial (the cascade form) has the partial's model, not the page's.
    private UiPage? Page => ViewContext.ViewData.Model as UiPage ?? UiPage.Of(ViewContext.HttpContext);

    private static bool WasRefused(HttpContext http, string identity) =>
        HttpMethods.IsPost(http.Request.Method) && http.Response.StatusCode == StatusCodes.Status400BadRequest
        && http.Request.HasFormContentType && http.Request.Form[FormField] == identity;

    /// <summary>The first control answering to the field's closest name.</summary>
    private static int? Choose(FormScope scope, string field)
    {
        foreach (var name in FieldWords.Candidates(field))
        {
            var at = scope.Controls.FindIndex(c => c.Keys.Contains(name));
            if (at >= 0)
            {
                return at;
            }
        }

        return null;
    }

    private static int NextNumber(HttpContext http)
    {
        var n = http.Items.TryGetValue(Counter, out var seen) ? (int)seen! : 0;
        http.Items[Counter] = n + 1;
        return n;
    }
}
