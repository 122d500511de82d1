using System.Net.Http.Json;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>考核 by level from the evaluations page: a prefecture sets one up over the agencies below it, picked by name; a refused form keeps what was typed.</summary>
[Collection(WebCollection.Name)]
public sealed class ScopedEvaluationPageTests(WebFixture web)
{
    [Fact]
    public async Task A_prefectures_refused_evaluation_keeps_what_was_typed_and_the_corrected_one_says_whom_it_scores_in_words()
    {
        await PrefectureAsync();
        var page = await web.SignedInPageAsync("cj-user");
        await page.GotoAsync("/evaluations");
        var form = page.Locator("#new-evaluation");

        await Assertions.Expect(form.Locator("select[name=scope] option")).ToHaveTextAsync(["昌吉回族自治州人民政府的下级单位"]);
        await form.Locator("input[name=title]").FillAsync("2030年昌吉州县市考核");
        await form.Locator("input[name=from]").FillAsync("2030-06-30");
        await form.Locator("input[name=to]").FillAsync("2030-01-01");
        await form.Locator("button").ClickAsync();

        form = page.Locator("#new-evaluation");
        await Assertions.Expect(form.Locator(".field-error")).ToContainTextAsync("结束日期不能早于开始日期");
        await Assertions.Expect(form.Locator("input[name=title]")).ToHaveValueAsync("2030年昌吉州县市考核");
        await Assertions.Expect(form.Locator("input[name=from]")).ToHaveValueAsync("2030-06-30");
        await Assertions.Expect(form.Locator("input[name=to]")).ToHaveValueAsync("2030-01-01");
        await Assertions.Expect(form.Locator("input[name=to]")).ToHaveAttributeAsync("aria-invalid", "true");
        await WebFixture.ShotAsync(page, "agency-evaluation-refused");

        await form.Locator("input[name=to]").FillAsync("2030-12-31");
        await form.Locator("button").ClickAsync();

        await Assertions.Expect(page.Locator("#evaluation-scope")).ToHaveTextAsync("考核对象：昌吉回族自治州人民政府及其下级单位");
        await Assertions.Expect(page.Locator("#freeze")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("cj-");

        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync("/evaluations");
        await Assertions.Expect(office.Locator("#evaluations tr", new() { HasText = "2030年昌吉州县市考核" })).ToContainTextAsync("昌吉回族自治州人民政府及其下级单位");
        await Assertions.Expect(office.Locator("#new-evaluation select[name=scope] option").First).ToHaveTextAsync("全部单位");
    }

    private async Task PrefectureAsync()
    {
        using var known = await web.Admin.GetAsync("/api/v1/agencies/cj-pref");
        foreach (var (id, name, parent) in known.IsSuccessStatusCode ? [] : new[] { ("cj-pref", "昌吉回族自治州人民政府", (string?)null), ("cj-city", "昌吉市人民政府", "cj-pref") })
        {
            await WebFixture.PostAsync(web.Admin, "/api/v1/agencies", new { id, name });
            using var moved = await web.Admin.PutAsJsonAsync($"/api/v1/agencies/{id}/parent", new { parent_id = parent });
            Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        }

        if (!known.IsSuccessStatusCode)
        {
            await WebFixture.PostAsync(web.Admin, "/api/v1/users", new { username = "cj-user", display_name = "昌吉州督查专员", role = "agency", agency_id = "cj-pref", password = WebFixture.Password });
        }
    }
}
