using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Host.Import;

/// <summary>
/// How the upload operation reads its body, for the API description: the endpoint reads the request itself (a form
/// with one file, or the document as the raw body), so no parameter says it.
/// </summary>
public static class UploadDescription
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var binary = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        var content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = binary },
                },
            },
        };
        foreach (var type in new[] { "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf", "image/png", "image/jpeg", "image/tiff", "application/octet-stream" })
        {
            content[type] = new OpenApiMediaType { Schema = binary };
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "方案文件 · The plan document (.txt, .docx, .xlsx task-breakdown table, .pdf, or a scan as .pdf, .png, .jpg or .tif read by OCR): a form with one field `file`, or the raw body named by `?name=`.",
            Content = content,
        };
        return Task.CompletedTask;
    }
}
