using System.Net;
using Supervision.Host.Tests.Fixture;
using Supervision.Host.Tests.Import;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests;

/// <summary>The image of a scanned page kept with an import draft: whoever may read the draft gets it, everyone else 404.</summary>
public partial class AuthorizationMatrixTests
{
    [Fact]
    public async Task A_scanned_pages_image_is_served_to_whoever_may_read_the_draft_and_404_to_everyone_else()
    {
        if (!ScannedPage.ToolsInstalled)
        {
            return; // test.sh installs soffice, pdftoppm and tesseract; ImportScanTests covers the host without them.
        }

        var w = await ApiWorld.CreateAsync(host);
        var (status, draft) = await host.Coordinator.UploadRawAsync(ScannedPage.Png(ScannedPage.Notice), "image/png", "notice.png");
        Assert.True(status == 201, draft.ToString());
        var scan = $"/import/{draft.Str("id")}?handler=scan&number=1";
        Assert.All(draft.Items(), i => Assert.Equal(1, i.GetProperty("ocr").GetProperty("page").GetInt32()));

        using (var image = await host.Coordinator.GetAsync(scan))
        {
            Assert.Equal((HttpStatusCode.OK, "image/png"), (image.StatusCode, image.Content.Headers.ContentType?.MediaType));
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await image.Content.ReadAsByteArrayAsync())[..4]);
        }

        foreach (var who in Enum.GetValues<Who>().Except([Who.Coordinator]))
        {
            using var refused = await Client(who, w).GetAsync(scan);
            // Anyone signed in gets 404; the anonymous client is sent to the sign-in page.
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound || who == Who.Anonymous, $"{who} got {refused.StatusCode}");
            Assert.NotEqual("image/png", refused.Content.Headers.ContentType?.MediaType);
        }

        using var noSuchPage = await host.Coordinator.GetAsync($"/import/{draft.Str("id")}?handler=scan&number=2");
        Assert.Equal(HttpStatusCode.NotFound, noSuchPage.StatusCode);
    }
}
