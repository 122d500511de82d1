using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Definition;

public sealed class DefinitionCatalogTests
{
    [Fact]
    public void Latest_finds_the_highest_version_and_Get_finds_each_one()
    {
        using var folder = new TempFolder();
        folder.Write("standard.v1.yaml", InlineDefinitions.Valid);
        folder.Write("standard.v2.yaml", InlineDefinitions.With("version: 1", "version: 2").Replace("标准督办流程", "标准督办流程（修订）", StringComparison.Ordinal));
        folder.Write("light.v1.yaml", InlineDefinitions.With("id: standard", "id: light"));
        folder.Write("notes.txt", "not a definition");

        var catalog = DefinitionCatalog.LoadFolder(folder.Path);

        Assert.Equal(2, catalog.Latest("standard").Version);
        Assert.Equal("标准督办流程（修订）", catalog.Latest("standard").Title);
        Assert.Equal("标准督办流程", catalog.Get("standard", 1).Title);
        Assert.Equal(1, catalog.Latest("light").Version);
        Assert.Equal([("light", 1), ("standard", 1), ("standard", 2)], catalog.All.Select(d => (d.Id, d.Version)));
    }

    [Fact]
    public void Two_files_with_the_same_id_and_version_are_refused_naming_the_second()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", InlineDefinitions.Valid);
        var second = folder.Write("b.yaml", InlineDefinitions.Valid);

        var error = Assert.Throws<DefinitionException>(() => DefinitionCatalog.LoadFolder(folder.Path));

        var duplicate = Assert.Single(error.Errors);
        Assert.Equal(second, duplicate.File);
        Assert.Equal(1, duplicate.Line);
        Assert.Contains("already defined in a.yaml", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_every_file_in_the_folder_are_reported_together()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", InlineDefinitions.With("version: 1", "version: 0"));
        folder.Write("b.yaml", InlineDefinitions.With("step: urge", "step: shout"));

        var error = Assert.Throws<DefinitionException>(() => DefinitionCatalog.LoadFolder(folder.Path));

        Assert.Equal(["a.yaml", "b.yaml"], error.Errors.Select(e => Path.GetFileName(e.File)));
    }

    [Fact]
    public void Asking_for_an_unknown_definition_or_version_says_which()
    {
        var catalog = DefinitionCatalog.FromDefault();

        var missingVersion = Assert.Throws<KeyNotFoundException>(() => catalog.Get("standard", 99));
        Assert.Contains("'standard' version 99", missingVersion.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => catalog.Latest("nonexistent"));
        Assert.False(catalog.TryGet("standard", 99, out _));
    }

    [Fact]
    public void Building_a_catalog_from_duplicate_definitions_is_refused()
    {
        var standard = DefinitionLoader.Parse(InlineDefinitions.Valid);

        Assert.Throws<ArgumentException>(() => new DefinitionCatalog([standard, standard]));
    }

    [Fact]
    public void A_missing_folder_is_reported_by_name()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => DefinitionCatalog.LoadFolder("/nonexistent/definitions"));

        Assert.Contains("/nonexistent/definitions", error.Message, StringComparison.Ordinal);
    }
}
