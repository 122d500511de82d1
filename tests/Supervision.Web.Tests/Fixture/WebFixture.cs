using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Supervision.Tests.Shared;

namespace Supervision.Web.Tests.Fixture;

/// <summary>
/// The real host on loopback with a fresh data folder, and Debian's Chromium driven by Playwright. Creates, through the
/// API, a coordinator, an inspector and two agencies with one user each; every user's password is <see cref="Password"/>.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string Password = "correct-horse-battery";
    public const string Chromium = "/usr/bin/chromium";

    private TestHost? _host;
    private IPlaywright? _playwright;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "supervision-web-tests", Guid.NewGuid().ToString("n"));

    public string BaseAddress { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Coordinator { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    /// <summary>Where screenshots go: a folder git ignores, beside this project.</summary>
    public static string Screenshots { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../screenshots"));

    public async Task InitializeAsync()
    {
        // A high OCR threshold, so a clean test scan still has words to highlight on the import page (ScannedImportTests).
        _host = await TestHost.StartAsync(DataDirectory, ["--Supervision:Import:Ocr:Threshold", "97"]);
        BaseAddress = $"http://127.0.0.1:{_host.Port}";
        Admin = await SignInAsync(InitialAdmin.Username, _host.AdminPassword);
        foreach (var (id, name) in new[] { ("rsj", "自治区人力资源和社会保障厅"), ("swt", "自治区商务厅"), ("czt", "自治区财政厅") })
        {
            await PostAsync(Admin, "/api/v1/agencies", new { id, name });
        }

        foreach (var (user, role, agency) in new[] { ("coord", "coordinator", (string?)null), ("insp", "inspector", null), ("rsj-user", "agency", "rsj"), ("swt-user", "agency", "swt"), ("czt-user", "agency", "czt") })
        {
            await PostAsync(Admin, "/api/v1/users", new { username = user, display_name = user, role, agency_id = agency, password = Password });
        }

        Coordinator = await SignInAsync("coord", Password);
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A plan with one dispatched item led by <paramref name="lead"/> (and cooperated on by <paramref name="cooperating"/>); returns the item id.</summary>
    public async Task<string> DispatchedItemAsync(string title, string lead, params string[] cooperating)
    {
        var plan = await PostAsync(Coordinator, "/api/v1/plans", new
        {
            title = "2022年自治区扩大就业惠民工程实施方案",
            issuer = "自治区就业工作领导小组办公室",
            items = new[] { new { @ref = "二(一)", title, due = "2030-12-31", lead = new[] { lead }, cooperating } },
        });
        var item = plan.GetProperty("item_ids")[0].GetString()!;
        await PostAsync(Coordinator, $"/api/v1/items/{item}/dispatch", new { });
        return item;
    }

    /// <summary>A browser page of its own (own cookies), signed in through the sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string username, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseAddress, ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        for (var attempt = 1; ; attempt++)
        {
            var answer = await page.GotoAsync("/login");
            Assert.True(answer?.Ok == true, $"GET /login: {answer?.Status} {await page.ContentAsync()}");
            await page.FillAsync("input[name=username]", username);
            await page.FillAsync("input[name=password]", Password);
            await page.ClickAsync("button.primary");
            try
            {
                await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal), new() { Timeout = 15_000 });
                return page;
            }
            catch (TimeoutException) when (attempt < 2)
            {
                // Seen once in CI and not understood yet: the sign-in stayed on /login. Say what the page showed, try once more.
                var shown = await page.Locator(".problem").AllInnerTextsAsync();
                Console.Error.WriteLine($"sign-in as {username} was still on {page.Url} after 15 s; the page said: {string.Join(" | ", shown)}");
            }
        }
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });

    public async Task<HttpClient> SignInAsync(string username, string password)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseAddress) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
