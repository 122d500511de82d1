using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>Evidence files: only the types an office reads, content matching the name, a clear Chinese message otherwise.</summary>
[Collection(WebCollection.Name)]
public sealed class AttachmentTests(WebFixture web)
{
    [Fact]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused_with_a_chinese_message_and_nothing_is_recorded()
    {
        var item = await web.DispatchedItemAsync("附件类型检查事项", "czt");
        var page = await web.SignedInPageAsync("czt-user");
        await page.GotoAsync($"/assignments/{item}~czt");
        await page.FillAsync("#form-acknowledge input[name=responsible]", "钱七");
        await page.ClickAsync("#form-acknowledge button");
        await page.FillAsync("#form-complete textarea[name=text]", "完成。");
        await page.SetInputFilesAsync("#form-complete input[type=file]", new FilePayload { Name = "报告.pdf", MimeType = "application/pdf", Buffer = "not a pdf"u8.ToArray() });
        await page.ClickAsync("#form-complete button");
        await Assertions.Expect(page.Locator(".problem")).ToHaveTextAsync("附件「报告.pdf」的类型不受支持，或内容与文件名不符；可上传 PDF、Word、Excel、JPG、PNG 或文本文件。");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("办理中");
        Assert.Equal(0, await page.Locator("#attachments").CountAsync());
    }
}
