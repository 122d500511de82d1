namespace Supervision.Benchmarks;

/// <summary>
/// China's real divisions (GB/T 2260, <c>../shared/data/divisions</c>) as the cascade benchmark's agencies: each province,
/// prefecture and county one agency (<c>d</c> + its code), its parent the division above it.
/// </summary>
public sealed record CascadeDivisions(IReadOnlyList<string> Provinces, ILookup<string, string> Below, IReadOnlyDictionary<string, string> Names)
{
    public IEnumerable<string> Prefectures => Provinces.SelectMany(p => Below[p]);

    public IEnumerable<string> Counties => Prefectures.SelectMany(p => Below[p]);

    /// <summary>Every agency, each after its parent.</summary>
    public IEnumerable<string> All => Provinces.Concat(Prefectures).Concat(Counties);

    public int PerItem => Provinces.Count + Prefectures.Count() + Counties.Count();

    public static CascadeDivisions Read(string folder)
    {
        var provinces = Rows(folder, "provinces.csv").Select(r => (Id: $"d{r[0]}", Name: r[1], Parent: (string?)null)).ToList();
        var cities = Rows(folder, "cities.csv").Select(r => (Id: $"d{r[0]}", Name: r[1], Parent: (string?)$"d{r[2]}"));
        var areas = Rows(folder, "areas.csv").Select(r => (Id: $"d{r[0]}", Name: r[1], Parent: (string?)$"d{r[2]}"));
        var all = provinces.Concat(cities).Concat(areas).ToList();
        return new CascadeDivisions(
            [.. provinces.Select(p => p.Id)],
            all.Where(a => a.Parent is not null).ToLookup(a => a.Parent!, a => a.Id, StringComparer.Ordinal),
            all.ToDictionary(a => a.Id, a => $"{a.Name}人民政府", StringComparer.Ordinal));
    }

    /// <summary>The folder given, else <c>shared/data/divisions</c> found from the working directory upwards.</summary>
    public static string Folder(string? given)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); given is null && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "divisions");
            given = Directory.Exists(candidate) ? candidate : null;
        }

        return given ?? throw new DirectoryNotFoundException("shared/data/divisions not found above the working directory; pass --divisions DIR");
    }

    // The files are plain: a header, then code and name (quoted, no commas) and the parents' codes.
    private static IEnumerable<string[]> Rows(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray());
}
