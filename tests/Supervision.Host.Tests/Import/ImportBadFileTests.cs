using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Import;

/// <summary>Every file that cannot be imported gets a 4xx problem with the import's code, and no draft or plan is created.</summary>
[Collection(HostCollection.Name)]
public sealed class ImportBadFileTests(HostFixture host)
{
    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { "empty", "empty.txt", 400, "import.empty" },
        { "random", "plan.docx", 400, "import.not_a_document" },
        { "bomb", "bomb.docx", 400, "import.zip_bomb" },
        { "large", "huge.txt", 413, "import.too_large" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_file_is_refused_with_its_import_code_and_nothing_is_created(string what, string fileName, int status, string code)
    {
        var before = await CountsAsync();

        var (actual, problem) = await host.Coordinator.UploadAsync(Bytes(what), fileName);

        Assert.True(actual == status, $"{what}: {actual} {problem}");
        Assert.Equal(code, problem.Str("code"));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("/api/v1/imports", "multipart/form-data")]
    [InlineData("/api/v1/imports", "multipart/form-data; boundary=nowhere")]
    [InlineData("/api/v1/agencies/import", "multipart/form-data")]
    [InlineData("/api/v1/agencies/import", "multipart/form-data; boundary=fuzz")]
    public async Task A_form_that_cannot_be_read_is_refused_with_400_not_a_server_error(string path, string contentType)
    {
        using var content = new ByteArrayContent("关于印发《实施方案》的通知"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await host.Coordinator.PostAsync(path, content);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal((400, "import.bad_form"), ((int)response.StatusCode, problem.Str("code")));
    }

    [Fact]
    public async Task An_upload_of_an_unsupported_media_type_is_refused_with_415()
    {
        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Post, "/api/v1/imports", "{\"title\":\"not a file\"}");

        Assert.Equal((415, "import.unsupported_media_type"), (status, problem.Str("code")));
    }

    [Fact]
    public async Task An_empty_raw_body_is_refused_as_empty()
    {
        var (status, problem) = await host.Coordinator.UploadRawAsync([], "application/pdf", "plan.pdf");

        Assert.Equal((400, "import.empty"), (status, problem.Str("code")));
    }

    private static byte[] Bytes(string what)
    {
        switch (what)
        {
            case "empty":
                return [];
            case "random":
                var random = new byte[4096];
                new Random(42).NextBytes(random);
                return random;
            case "bomb":
                return Uploads.ZipBomb();
            default:
                // One byte over the 20 MB limit: larger than the host's usual 1 MB bodies, so the endpoint's own limit is what refuses it.
                var large = new byte[(20 * 1024 * 1024) + 1];
                Array.Fill(large, (byte)'x');
                return large;
        }
    }

    private async Task<(int Drafts, int Plans)> CountsAsync() =>
        ((await host.Coordinator.GetJsonAsync("/api/v1/imports")).Body.GetArrayLength(),
         (await host.Coordinator.GetJsonAsync("/api/v1/plans")).Body.GetArrayLength());
}
