using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Supervision.Engine.Access;
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
        tables.ExecuteAsync([DataProtectionKeyRows.Store(name, element.ToString(SaveOptions.DisableFormatting), clock.GetUtcNow())]).GetAwaiter().GetResult();
    }

    private List<string> ReadAll() => DataProtectionKeyRows.AllAsync(tables).GetAwaiter().GetResult();
}
