using Microsoft.Playwright;
using Supervision.Tests.Shared;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>A scanned notice on the import page: the page's image beside the text read from it, low-confidence words marked (issue 22 item 4).</summary>
[Collection(WebCollection.Name)]
public sealed class ScannedImportTests(WebFixture web)
{
    [Fact]
    public async Task The_office_sees_a_scanned_pages_image_beside_its_text_with_the_doubtful_words_marked_in_chinese()
    {
        if (!ScannedPage.ToolsInstalled)
        {
            return; // test.sh installs soffice, pdftoppm and tesseract.
        }

        var page = await web.SignedInPageAsync("coord");
        await page.GotoAsync("/import");
        await page.SetInputFilesAsync("#upload input[type=file]", new FilePayload { Name = "通知扫描件.png", MimeType = "image/png", Buffer = ScannedPage.Png(ScannedPage.Notice) });
        await page.ClickAsync("#upload button");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("关于做好2024年高校毕业生就业工作的通知", new() { Timeout = 300_000 });
        var scan = page.Locator("#scan-page-1");
        await Assertions.Expect(scan.Locator("h2")).ToContainTextAsync("扫描件第 1 页");
        var image = scan.Locator("img");
        await Assertions.Expect(image).ToHaveAttributeAsync("alt", "扫描件第 1 页原图");
        Assert.True(await image.EvaluateAsync<int>("i => i.complete ? i.naturalWidth : 0") >= 200, "the page image did not load");
        await Assertions.Expect(scan).ToContainTextAsync("一(一)");
        var mark = scan.Locator("mark").First;
        await Assertions.Expect(mark).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^识别置信度 \\d{1,2}%$"));
        await Assertions.Expect(page.Locator("#draft-items")).ToContainTextAsync("文字识别 · 第 1 页 · 识别置信度");
        // Numbers read as numbers, not quoted as names.
        await Assertions.Expect(page.Locator("#draft-items")).ToContainTextAsync("此事项由文字识别从第 1 页读出（识别置信度 ");
        await WebFixture.ShotAsync(page, "office-import-scan");
    }
}
