using System.Net;
using System.Text.RegularExpressions;

namespace Supervision.Host.Tests.Web;

/// <summary>A page of the web UI as a test reads it: its forms by id, their actions and values, and posting one as a browser would.</summary>
public sealed partial class PageForm(HttpClient client, string html)
{
    public string Html { get; } = html;

    /// <summary>A signed-in browser-like client that does not follow redirects, so a test sees the 302 of an accepted form.</summary>
    public static async Task<HttpClient> SignInAsync(Uri address, string username, string password)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        using var response = await client.PostAsync("/api/v1/auth/login", System.Net.Http.Json.JsonContent.Create(new { username, password }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public static async Task<PageForm> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PageForm(client, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The markup of the form with this id, from its start tag to its end.</summary>
    public string Form(string id)
    {
        var start = Html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form {id} on the page");
        start = Html.LastIndexOf("<form", start, StringComparison.Ordinal);
        return Html[start..(Html.IndexOf("</form>", start, StringComparison.Ordinal) + 7)];
    }

    public string Action(string id) => WebUtility.HtmlDecode(ActionAttribute().Match(Form(id)[..Form(id).IndexOf('>', StringComparison.Ordinal)]).Groups[1].Value);

    /// <summary>Posts the fields given (and the form's antiforgery token and identity) to the form's action; the answer is not followed.</summary>
    public async Task<(HttpStatusCode Status, PageForm Page)> PostAsync(string id, params (string Name, string Value)[] fields)
    {
        var form = Form(id);
        var hidden = Hidden().Matches(form).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)));
        using var body = new FormUrlEncodedContent(hidden.Concat(fields).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        using var response = await client.PostAsync(Action(id), body);
        return (response.StatusCode, new PageForm(client, await response.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex ActionAttribute();

    // Hidden inputs as the host writes them: name before value, either order of type.
    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex Hidden();
}
