using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Supervision.Host.Web.Forms;

/// <summary>An element's attribute as the text it stands for, whether the page wrote it as text or as an expression.</summary>
internal static class OutputAttributes
{
    public static string? Text(this TagHelperOutput output, string name) =>
        output.Attributes.TryGetAttribute(name, out var attribute) ? ValueText(attribute.Value) ?? "" : null;

    public static string? Text(this TagHelperContext context, string name) =>
        context.AllAttributes.TryGetAttribute(name, out var attribute) ? ValueText(attribute.Value) ?? "" : null;

    private static string? ValueText(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return s;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            case var other:
                return Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Adds an id to <c>aria-describedby</c>, keeping any the page wrote.</summary>
    public static void DescribedBy(this TagHelperOutput output, string id)
    {
        var before = output.Text("aria-describedby");
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(before) ? id : $"{before} {id}");
    }
}
