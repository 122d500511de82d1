using System.ComponentModel;
using System.Diagnostics;

namespace Supervision.Engine.Import.Ocr;

/// <summary>Runs one OCR program with an argument list (never a shell string), killed when it outlasts its time.</summary>
internal static class OcrProcess
{
    /// <summary>The program's standard output; <c>import.ocr_timeout</c> when it runs past <paramref name="timeout"/>.</summary>
    public static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, string what, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract's OpenMP threads would take every core of a shared machine for one page.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{program} did not start");
        }
        catch (Win32Exception e)
        {
            throw new ImportException(ImportErrorCodes.OcrMissing, $"The OCR program '{program}' cannot be run: {e.Message}.", e);
        }

        using (process)
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            limit.CancelAfter(timeout);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var error = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
                var text = await output;
                return process.ExitCode == 0
                    ? text
                    : throw new ImportException(ImportErrorCodes.NotADocument, $"'{program}' could not read {what}: {FirstLine(await error)}");
            }
            catch (OperationCanceledException e)
            {
                process.Kill(entireProcessTree: true);
                if (cancellation.IsCancellationRequested)
                {
                    throw;
                }

                throw new ImportException(ImportErrorCodes.OcrTimeout, $"Reading {what} by OCR ('{program}') took longer than {timeout.TotalSeconds:0} seconds.", e);
            }
        }
    }

    private static string FirstLine(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no reason given";
}
