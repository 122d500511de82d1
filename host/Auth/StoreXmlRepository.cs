using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Supervision.Engine.Trail;

namespace Supervision.Host.Auth;

/// <summary>
/// The cookie keys (ASP.NET Core data protection's key ring) as rows of the shared store, not files of one node's
/// <c>keys/</c> folder: a cookie issued by one node is read by every other. Keys an older version left in
/// <c>keys/key-*.xml</c> are brought into the store the first time it has none, so nobody is signed out by the move.
/// </summary>
public sealed class StoreXmlRepository(ITables tables, TimeProvider clock, string legacyDirectory) : IXmlRepository
{
    // Data protection asks synchronously, and only when it loads or rolls the key ring (rarely, and not per request).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var rows = ReadAll();
        if (rows.Count == 0 && Directory.Exists(legacyDirectory))
        {
            foreach (var file in Directory.GetFiles(legacyDirectory, "key-*.xml"))
            {
                StoreElement(XElement.Load(file), Path.GetFileNameWithoutExtension(file));
            }

            rows = ReadAll();
        }

        return [.. rows.Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString() : friendlyName;
        tables.ExecuteAsync([new ProjectionWrite(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING",
            new Dictionary<string, object?> { ["name"] = name, ["xml"] = element.ToString(SaveOptions.DisableFormatting), ["at"] = TrailTime.Format(clock.GetUtcNow()) })])
            .GetAwaiter().GetResult();
    }

    private List<string> ReadAll() => tables
        .QueryAsync("SELECT xml FROM data_protection_keys ORDER BY created_at, name", new Dictionary<string, object?>(), r => r.GetString(0))
        .GetAwaiter().GetResult();
}
