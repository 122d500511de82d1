using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The deadlines' colour and ladder step, where people look for them: the inbox, the assignment, the dashboard.</summary>
[Collection(WebCollection.Name)]
public sealed class SignalTests(WebFixture web)
{
    [Fact]
    public async Task A_fresh_assignment_is_green_and_one_the_office_escalates_to_supervision_shows_red_with_its_step_everywhere()
    {
        var item = await web.DispatchedItemAsync("加强就业困难人员援助", "swt");
        var agency = await web.SignedInPageAsync("swt-user");
        var row = agency.Locator("tr", new() { HasText = "加强就业困难人员援助" });
        await Assertions.Expect(row.Locator(".dot")).ToHaveClassAsync("dot green");

        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync($"/assignments/{item}~swt");
        await office.SelectOptionAsync("#form-escalate select[name=step]", "supervise");
        await office.FillAsync("#form-escalate textarea[name=reason]", "逾期未签收，列入督办。");
        await office.ClickAsync("#form-escalate button");
        await Assertions.Expect(office.Locator("#signal .tag.step")).ToHaveTextAsync("督办");
        await Assertions.Expect(office.Locator("#signal .dot")).ToHaveClassAsync("dot red");

        await agency.ReloadAsync();
        await Assertions.Expect(row.Locator(".dot")).ToHaveClassAsync("dot red");
        await Assertions.Expect(row.Locator(".tag.step")).ToHaveTextAsync("督办");
        await WebFixture.ShotAsync(agency, "agency-inbox-escalated");

        await office.GotoAsync("/dashboard");
        var supervised = office.Locator("h3", new() { HasText = "督办" }).Locator("xpath=following-sibling::ul[1]");
        await Assertions.Expect(supervised).ToContainTextAsync("加强就业困难人员援助");
        await WebFixture.ShotAsync(office, "office-dashboard-escalated");
    }

    [Fact]
    public async Task An_agency_asks_for_an_extension_and_the_office_approves_it_from_the_assignment_page()
    {
        var item = await web.DispatchedItemAsync("开展职业技能提升行动", "czt");
        var agency = await web.SignedInPageAsync("czt-user");
        await agency.GotoAsync($"/assignments/{item}~czt");
        await agency.FillAsync("#form-extension input[name=date]", "2027-01-29");
        await agency.FillAsync("#form-extension textarea[name=reason]", "春节前需完成多部门会签。");
        await agency.ClickAsync("#form-extension button");
        await Assertions.Expect(agency.Locator("#pending-extension")).ToContainTextAsync("2027-01-29");
        Assert.Equal(0, await agency.Locator("#form-extension").CountAsync());

        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync($"/assignments/{item}~czt");
        await Assertions.Expect(office.Locator("#form-extension-decide")).ToContainTextAsync("春节前需完成多部门会签。");
        await office.ClickAsync("#form-extension-decide button[value=approve]");
        await Assertions.Expect(office.Locator(".done")).ToHaveTextAsync("已批准延期。");
        await Assertions.Expect(office.Locator(".owed").First).ToContainTextAsync("2027-01-29");
    }
}
