using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;
using Xunit.Abstractions;

namespace Supervision.Web.Tests;

/// <summary>
/// axe-core over every page of the <c>--demo</c> installation, as each role and in both languages: the pages are found
/// by following the links from the role's start page (see <see cref="LinkWalk"/>), and each must have no critical and
/// no serious violation. A failure names the rule, the page and the offending elements.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebFixture web, ITestOutputHelper output)
{
    private const int Concurrent = 4;

    private static readonly string[] Impacts = ["critical", "serious"];

    [Fact]
    public async Task Every_page_of_the_demo_has_no_critical_or_serious_violation_for_any_role_in_either_language()
    {
        await using var demo = await DemoSite.StartAsync();
        Assert.True(await demo.Seed.FillAsync(CancellationToken.None));
        var people = new[] { "demo-office", "demo-rsj-user", "demo-inspector" }.Select(u => (User: u, Password: demo.Password(u)))
            .Append((User: "admin", Password: demo.AdminPassword));
        // One browser, a context per walk, four walks at a time: the pages do not depend on each other, and a loaded
        // machine gives four walks more of its time than one.
        using var gate = new SemaphoreSlim(Concurrent);
        var walks = await Task.WhenAll(people.SelectMany(p => new[] { false, true }.Select(async english =>
        {
            await gate.WaitAsync();
            try
            {
                return await WalkAsync(demo, p.User, p.Password, english);
            }
            finally
            {
                gate.Release();
            }
        })));

        foreach (var walk in walks)
        {
            output.WriteLine($"{walk.Who}: {walk.Pages.Count} pages — {string.Join(" ", walk.Pages)}");
        }

        output.WriteLine($"{walks.Sum(w => w.Pages.Count)} pages checked with axe-core.");
        var failures = walks.SelectMany(w => w.Failures).ToList();
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"{failures.Count} critical or serious violations:\n{string.Join("\n", failures)}");
    }

    private async Task<Walked> WalkAsync(DemoSite demo, string user, string password, bool english)
    {
        var walked = new Walked($"{user} {(english ? "en" : "zh")}", [], []);
        await using var context = await web.Browser.NewContextAsync(new() { BaseURL = demo.BaseAddress, BypassCSP = true, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, user, password, english);
        var walk = new LinkWalk(new Uri(demo.BaseAddress));
        while (walk.Next() is { } address)
        {
            var answer = await page.GotoAsync(address.PathAndQuery);
            if (answer is null || !(answer.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(answer.Status < 500, $"{walked.Who} {address.PathAndQuery} answered {answer.Status}");
            walked.Pages.Add(address.PathAndQuery);
            var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
            walked.Failures.AddRange(result.Violations.Where(v => Impacts.Contains(v.Impact)).Select(v =>
                $"{v.Impact} {v.Id} on {walked.Who} {address.PathAndQuery}: {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))} ({v.Help})"));
            walk.Add(await page.EvalOnSelectorAllAsync<string[]>("a[href]:not([download])", "links => links.map(a => a.href)"));
        }

        // Seen as it goes on the console (the test's own output shows only at its end).
        Console.Error.WriteLine($"axe-core: {walked.Who}: {walked.Pages.Count} pages, {walked.Failures.Count} violations");
        return walked;
    }

    private static async Task SignInAsync(IPage page, string user, string password, bool english)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=username]", user);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button.primary");
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
        if (english)
        {
            await page.GotoAsync("/ui/lang/en?back=/");
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", english ? "en" : "zh-CN");
    }

    private sealed record Walked(string Who, List<string> Pages, List<string> Failures);
}
