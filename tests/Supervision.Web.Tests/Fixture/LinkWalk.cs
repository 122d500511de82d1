namespace Supervision.Web.Tests.Fixture;

/// <summary>
/// The pages a reader reaches by following links from the start page: same origin, GET, each address once, at most three
/// of one shape (<c>/assignments/*/cycle</c>) and <see cref="Limit"/> in all; downloads, the API, sign-out and the language
/// switch are not pages. An address that does not exist is walked too, so the 404 page is checked as well.
/// </summary>
public sealed class LinkWalk
{
    public const int Limit = 60;
    private const int PerShape = 3;

    private static readonly string[] NotPages = ["/api/", "/logout", "/ui/", "handler=file", "handler=csv", "handler=chart", "/export"];

    private readonly Uri _origin;
    private readonly Queue<Uri> _queue = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _shapes = new(StringComparer.Ordinal);
    private int _visited;

    public LinkWalk(Uri origin)
    {
        _origin = origin;
        Add([new Uri(origin, "/").ToString(), new Uri(origin, "/no-such-page").ToString()]);
    }

    /// <summary>The next address to visit, or null when the walk is done.</summary>
    public Uri? Next()
    {
        if (_queue.Count == 0 || _visited == Limit)
        {
            return null;
        }

        _visited++;
        return _queue.Dequeue();
    }

    public void Add(IEnumerable<string> links)
    {
        foreach (var link in links)
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Authority != _origin.Authority || uri.Scheme != _origin.Scheme)
            {
                continue;
            }

            var address = new Uri(uri.GetLeftPart(UriPartial.Query));
            var key = address.PathAndQuery;
            if (NotPages.Any(n => key.Contains(n, StringComparison.OrdinalIgnoreCase)) || !_seen.Add(key))
            {
                continue;
            }

            var shape = Shape(address);
            _shapes[shape] = _shapes.GetValueOrDefault(shape) + 1;
            if (_shapes[shape] <= PerShape)
            {
                _queue.Enqueue(address);
            }
        }
    }

    // The path with every segment that looks like an id (digits, dots, tildes) as *: /assignments/p-1.2~rsj/cycle → /assignments/*/cycle.
    private static string Shape(Uri address) =>
        string.Join('/', address.AbsolutePath.Split('/').Select(s => s.Any(c => char.IsDigit(c) || c is '.' or '~') ? "*" : s))
        + (address.Query.Contains("handler=", StringComparison.Ordinal) ? "?handler" : "");
}
