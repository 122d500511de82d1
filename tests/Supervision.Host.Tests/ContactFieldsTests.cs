using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// The authorization matrix over fields: an agency's contacts (people's names, phones, e-mails) reach the
/// coordinators, the inspectors, the admin and the agency itself, and no other agency's users.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ContactFieldsTests(HostFixture host)
{
    private static readonly string[] ContactFields = ["liaison", "head", "liaison_name"];

    public enum Who
    {
        Admin,
        Coordinator,
        Inspector,
        OwnAgency,
        CooperatingAgency,
        UnrelatedAgency,
    }

    [Theory]
    [InlineData(Who.Admin, true)]
    [InlineData(Who.Coordinator, true)]
    [InlineData(Who.Inspector, true)]
    [InlineData(Who.OwnAgency, true)]
    [InlineData(Who.CooperatingAgency, false)]
    [InlineData(Who.UnrelatedAgency, false)]
    public async Task An_agency_read_carries_its_contacts_only_for_those_entitled(Who who, bool entitled)
    {
        var w = await WorldWithContactsAsync();

        var (status, agency) = await Client(who, w).GetJsonAsync($"/api/v1/agencies/{w.Lead}");

        Assert.Equal(200, status);
        Assert.Equal(w.Lead, agency.Str("id"));
        Assert.Equal("自治区人力资源和社会保障厅", agency.Str("name"));
        Assert.Equal(!entitled, agency.GetProperty("contacts_withheld").GetBoolean());
        if (entitled)
        {
            Assert.Equal("联络员", agency.GetProperty("liaison").Str("name"));
            Assert.Equal("13800000001", agency.GetProperty("head").Str("phone"));
        }
        else
        {
            AssertNoContacts(agency);
        }
    }

    [Theory]
    [InlineData(Who.Admin)]
    [InlineData(Who.Coordinator)]
    [InlineData(Who.Inspector)]
    [InlineData(Who.OwnAgency)]
    [InlineData(Who.CooperatingAgency)]
    [InlineData(Who.UnrelatedAgency)]
    public async Task The_agency_list_names_every_agency_and_shows_a_liaison_only_to_those_entitled(Who who)
    {
        var w = await WorldWithContactsAsync();

        var (status, list) = await Client(who, w).GetJsonAsync("/api/v1/agencies");

        Assert.Equal(200, status);
        var mine = who switch { Who.OwnAgency => w.Lead, Who.CooperatingAgency => w.Coop, Who.UnrelatedAgency => w.Other, _ => null };
        foreach (var id in new[] { w.Lead, w.Coop, w.Other })
        {
            var row = list.EnumerateArray().Single(a => a.Str("id") == id);
            Assert.False(string.IsNullOrEmpty(row.Str("name")));
            if (mine is null || mine == id)
            {
                Assert.Equal("联络员", row.Str("liaison_name"));
            }
            else
            {
                AssertNoContacts(row);
            }
        }
    }

    private static void AssertNoContacts(JsonElement element)
    {
        var text = element.GetRawText();
        foreach (var field in ContactFields.Where(f => element.TryGetProperty(f, out _)))
        {
            Assert.Equal(JsonValueKind.Null, element.GetProperty(field).ValueKind);
        }

        Assert.DoesNotContain("联络员", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", text, StringComparison.Ordinal);
    }

    private async Task<ApiWorld> WorldWithContactsAsync()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        foreach (var id in new[] { w.Lead, w.Coop, w.Other })
        {
            var (status, body) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{id}/contacts", new
            {
                liaison = new { name = "联络员", phone = "13800000000", email = $"{id}@example.org" },
                head = new { name = "负责人", phone = "13800000001", email = $"head-{id}@example.org" },
            });
            Assert.True(status == 200, body.ToString());
        }

        return w;
    }

    private HttpClient Client(Who who, ApiWorld w) => who switch
    {
        Who.Admin => host.Admin,
        Who.Coordinator => host.Coordinator,
        Who.Inspector => host.Inspector,
        Who.OwnAgency => w.LeadUser,
        Who.CooperatingAgency => w.CoopUser,
        _ => w.OtherUser,
    };
}
