using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Engine.Json;

/// <summary>
/// How the product writes JSON, set up in one place: snake_case members, enums as snake_case strings, and CJK text
/// unescaped (so a stored event or an exported draft reads as written; none of it is embedded in HTML). The trail's
/// payloads, the API, drafts and their rows all start from it and add only what is their own.
/// </summary>
public static class JsonConventions
{
    /// <summary>New options with the conventions.</summary>
    public static JsonSerializerOptions Create() => Apply(new JsonSerializerOptions());

    /// <summary>Applies the conventions to <paramref name="options"/> (e.g. the API's, which the framework makes); returns them.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
