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
}
