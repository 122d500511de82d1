using System.Net;
using System.Text.RegularExpressions;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// Files and rounds across agencies. The cooperating agency (A) uploads evidence through its page; the lead agency (B)
/// then writes A's attachment line by hand into a report on its own assignment and asks its own assignment for A's hash,
/// with a token and with a cookie, spelled every way. The hash is not a key: only the record of the upload is.
/// </summary>
public partial class AuthorizationMatrixTests
{
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task Another_agency_naming_a_files_hash_in_its_own_trail_gets_404_with_a_token_and_with_a_cookie()
    {
        var w = await ApiWorld.CreateAsync(host);
        var evidence = System.Text.Encoding.UTF8.GetBytes($"财政厅拨付凭证 {w.Tag}");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(evidence));
        await AcceptedAsync(w.CoopUser, $"/api/v1/assignments/{w.CoopAssignment}/acknowledge", new { responsible_name = "李四" });
        Assert.Equal(HttpStatusCode.OK, await UploadAsync(w.CoopUser, w.CoopAssignment, "Contribute", "已拨付资金", "凭证.txt", evidence));
        await AcceptedAsync(w.LeadUser, $"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var line = $"附件 Attachment: x.txt | text/plain | {evidence.Length} B | sha256:{hash}";
        await AcceptedAsync(w.LeadUser, $"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = $"本月进展\n{line}" });
        var leadCookie = await host.SignInAsync($"u-{w.Lead}", Password);

        foreach (var client in new[] { w.LeadUser, leadCookie })
        {
            foreach (var named in new[] { hash, hash.ToUpperInvariant(), hash[..16], $"{hash} ", $"sha256:{hash}" })
            {
                Assert.Equal(HttpStatusCode.NotFound, await DownloadStatusAsync(client, w.LeadAssignment, named));
                Assert.Equal(HttpStatusCode.NotFound, await DownloadStatusAsync(client, w.CoopAssignment, named));
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, await DownloadStatusAsync(w.OtherUser, w.CoopAssignment, hash));
        var page = await leadCookie.GetStringAsync($"/assignments/{w.LeadAssignment}");
        Assert.Contains(line, page, StringComparison.Ordinal);
        Assert.DoesNotContain($"hash={hash}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_genuine_upload_downloads_for_its_agency_the_office_and_an_inspector_and_a_refused_one_for_no_one()
    {
        var w = await ApiWorld.CreateAsync(host);
        var evidence = System.Text.Encoding.UTF8.GetBytes($"配合材料 {w.Tag}");
        var refused = System.Text.Encoding.UTF8.GetBytes($"提前办结材料 {w.Tag}");
        await AcceptedAsync(w.LeadUser, $"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        await AcceptedAsync(w.CoopUser, $"/api/v1/assignments/{w.CoopAssignment}/acknowledge", new { responsible_name = "李四" });

        // The cooperator has not contributed yet, so the lead's completion is refused: its file must be reachable nowhere.
        Assert.Equal(HttpStatusCode.BadRequest, await UploadAsync(w.LeadUser, w.LeadAssignment, "SubmitCompletion", "办结", "办结.txt", refused));
        Assert.Equal(HttpStatusCode.OK, await UploadAsync(w.CoopUser, w.CoopAssignment, "Contribute", "已拨付资金", "凭证.txt", evidence));
        var coopCookie = await host.SignInAsync($"u-{w.Coop}", Password);

        foreach (var reader in new[] { w.CoopUser, coopCookie, host.Coordinator, host.Inspector })
        {
            using var answer = await reader.GetAsync($"/assignments/{w.CoopAssignment}?handler=file&hash={Hash(evidence)}");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(evidence, await answer.Content.ReadAsByteArrayAsync());
            Assert.Equal("text/plain", answer.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, await DownloadStatusAsync(w.LeadUser, w.CoopAssignment, Hash(evidence)));
        Assert.Equal(HttpStatusCode.NotFound, await DownloadStatusAsync(host.Coordinator, w.LeadAssignment, Hash(refused)));
        Assert.Contains($"hash={Hash(evidence)}", await coopCookie.GetStringAsync($"/assignments/{w.CoopAssignment}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_shows_an_agency_only_its_own_assignments_in_its_lists_page_and_api()
    {
        var w = await ApiWorld.CreateAsync(host);
        await AcceptedAsync(w.LeadUser, $"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        await AcceptedAsync(w.CoopUser, $"/api/v1/assignments/{w.CoopAssignment}/acknowledge", new { responsible_name = "李四" });
        await AcceptedAsync(host.Coordinator, $"/api/v1/plans/{w.PlanId}/rounds", new { period = "2026-01", start = "2026-01-01", end = "2026-01-31", due = "2026-02-10" });

        foreach (var (client, own, others) in new[] { (w.LeadUser, w.LeadAssignment, w.CoopAssignment), (w.CoopUser, w.CoopAssignment, w.LeadAssignment) })
        {
            var (_, rounds) = await client.GetJsonAsync($"/api/v1/plans/{w.PlanId}/rounds");
            Assert.Equal([own], rounds[0].GetProperty("assignment_ids").EnumerateArray().Select(x => x.GetString()));
            var (_, round) = await client.GetJsonAsync($"/api/v1/plans/{w.PlanId}/rounds/1");
            Assert.DoesNotContain(others, round.GetRawText(), StringComparison.Ordinal);
            Assert.Contains(own, round.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(others, await client.GetStringAsync($"/plans/{w.PlanId}/rounds"), StringComparison.Ordinal);
        }

        var (_, all) = await host.Coordinator.GetJsonAsync($"/api/v1/plans/{w.PlanId}/rounds");
        Assert.Equal(2, all[0].GetProperty("assignment_ids").GetArrayLength());
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));

    private static async Task AcceptedAsync(HttpClient client, string path, object body)
    {
        var (status, answer) = await client.PostAsync(path, body);
        Assert.True(status is >= 200 and < 300, $"POST {path} answered {status} {answer}");
    }

    private static async Task<HttpStatusCode> DownloadStatusAsync(HttpClient client, string assignment, string hash)
    {
        using var answer = await client.GetAsync($"/assignments/{assignment}?handler=file&hash={Uri.EscapeDataString(hash)}");
        return answer.StatusCode;
    }

    /// <summary>
    /// Posts the page's evidence form (where the page says it posts, with the page's antiforgery token) carrying one file: a form
    /// that succeeds redirects to the page (followed: 200), a refused one answers 400 with the page.
    /// </summary>
    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, string assignment, string move, string text, string name, byte[] content)
    {
        var page = await client.GetStringAsync($"/assignments/{assignment}");
        // Where the move may not be made now the page has no evidence form: the post goes where that form would.
        var form = EvidenceForm().Match(page);
        var action = FormAction().Match(form.Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : $"/assignments/{assignment}";
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery().Match(form.Success ? page[form.Index..] : page).Groups[1].Value), "__af" },
            { new StringContent(Guid.NewGuid().ToString("n")), "op" },
            { new StringContent(move), "move" },
            { new StringContent(text), "text" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        body.Add(file, "files", name);
        using var answer = await client.PostAsync(action, body);
        return answer.StatusCode;
    }

    [GeneratedRegex("""<form[^>]*id="form-complete"[^>]*>""")]
    private static partial Regex EvidenceForm();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*name=\"__af\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex Antiforgery();
}
