using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>Registering an agency with its contacts is one command: refused whole, or recorded whole (found by the fuzz test).</summary>
[Collection(HostCollection.Name)]
public sealed class AgencyRegistrationTests(HostFixture host)
{
    [Fact]
    public async Task A_registration_refused_for_a_bad_contact_leaves_no_agency_and_no_event()
    {
        var id = $"ag-{Guid.NewGuid():n}"[..20];
        using var log = new LogPosition(host.DataDirectory);
        var before = await log.SettledAsync();

        var (status, problem) = await host.Coordinator.PostAsync("/api/v1/agencies", new
        {
            id,
            name = "自治区审计厅",
            liaison = new { name = "联络员", phone = "0991-1234567", email = "liaison@example.org" },
            head = new { phone = "0991-7654321", email = "head@example.org" },
        });
        var (read, _) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{id}");

        Assert.Equal((400, "head.name"), (status, problem.Str("field")));
        Assert.Equal(404, read);
        Assert.True(log.Read() == before, $"refused, yet recorded: {string.Join("; ", log.Since(before))}");
    }

    [Fact]
    public async Task A_registration_with_contacts_records_them_with_the_agency()
    {
        var id = $"ag-{Guid.NewGuid():n}"[..20];

        var (status, view) = await host.Coordinator.PostAsync("/api/v1/agencies", new
        {
            id,
            name = "自治区审计厅",
            liaison = new { name = "联络员", phone = "0991-1234567", email = "liaison@example.org" },
            head = new { name = "负责人", phone = "0991-7654321", email = "head@example.org" },
        });

        Assert.Equal(201, status);
        Assert.Equal(("联络员", "负责人"), (view.GetProperty("liaison").Str("name"), view.GetProperty("head").Str("name")));
    }
}
