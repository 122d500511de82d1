using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

public class BadDocumentTests
{
    private static async Task<string> CodeOf(byte[] bytes, string name, ImportLimits? limits = null)
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => new DocumentReader(limits).ReadAsync(new MemoryStream(bytes), name));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error.Code;
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var limits = new ImportLimits { MaxFileBytes = 1024 };
        Assert.Equal(ImportErrorCodes.TooLarge, await CodeOf(new byte[4096], "big.txt", limits));
    }

    [Fact]
    public async Task Too_much_extracted_text_is_refused()
    {
        var limits = new ImportLimits { MaxTextChars = 100 };
        Assert.Equal(ImportErrorCodes.TooLarge, await CodeOf(System.Text.Encoding.UTF8.GetBytes(new string('字', 200)), "long.txt", limits));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public async Task An_empty_or_blank_file_is_refused(int spaces)
    {
        Assert.Equal(ImportErrorCodes.Empty, await CodeOf(System.Text.Encoding.UTF8.GetBytes(new string(' ', spaces) + (spaces > 0 ? "\n\n" : "")), "empty.txt"));
    }

    [Fact]
    public async Task Random_bytes_named_docx_are_not_a_document()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        Assert.Equal(ImportErrorCodes.NotADocument, await CodeOf(bytes, "plan.docx"));
    }

    [Fact]
    public async Task A_zip_that_is_not_a_word_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("readme.txt");
        }

        Assert.Equal(ImportErrorCodes.NotADocument, await CodeOf(stream.ToArray(), "plan.docx"));
    }

    [Fact]
    public async Task A_docx_zip_bomb_is_refused_before_openxml_opens_it()
    {
        Assert.Equal(ImportErrorCodes.ZipBomb, await CodeOf(TestDocuments.ZipBomb(megabytes: 8), "bomb.docx"));
        var tight = new ImportLimits { MaxUnpackedBytes = 1024 * 1024 };
        Assert.Equal(ImportErrorCodes.ZipBomb, await CodeOf(TestDocuments.ZipBomb(megabytes: 1), "bomb.docx", tight));
    }

    [Fact]
    public async Task A_password_protected_pdf_is_refused()
    {
        Assert.Equal(ImportErrorCodes.Encrypted, await CodeOf(TestDocuments.EncryptedPdf(), "secret.pdf"));
    }

    [Fact]
    public async Task A_password_protected_docx_is_refused()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("EncryptionInfo")];
        Assert.Equal(ImportErrorCodes.Encrypted, await CodeOf(ole, "secret.docx"));
    }

    [Fact]
    public async Task A_pdf_without_text_is_refused_as_having_no_text_layer()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        Assert.Equal(ImportErrorCodes.NoTextLayer, await CodeOf(builder.Build(), "scan.pdf"));
    }

    [Fact]
    public async Task A_read_that_outlasts_the_time_limit_is_stopped()
    {
        var limits = new ImportLimits { Timeout = TimeSpan.FromMilliseconds(200) };
        var error = await Assert.ThrowsAsync<ImportException>(() => new DocumentReader(limits).ReadAsync(new StalledStream(), "slow.docx"));
        Assert.Equal(ImportErrorCodes.Timeout, error.Code);
    }

    /// <summary>An upload that never delivers its bytes.</summary>
    private sealed class StalledStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
