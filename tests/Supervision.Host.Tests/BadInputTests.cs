using System.Text;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>Bad input gets a 4xx problem+json saying what and where, never a 5xx, and no event is appended.</summary>
[Collection(HostCollection.Name)]
public sealed class BadInputTests(HostFixture host)
{
    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { "malformed JSON", "{\"responsible_name\": ", 400, "request.malformed" },
        { "wrong JSON type", "{\"responsible_name\": 42}", 400, "request.malformed" },
        { "missing required field", "{}", 400, "input.required" },
        { "control characters", "{\"responsible_name\": \"张\\u0007三\"}", 400, "input.control_character" },
        { "a megabyte of text", "{\"responsible_name\": \"" + new string('x', 1_100_000) + "\"}", 413, "request.too_large" },
        { "too long for the field", "{\"responsible_name\": \"" + new string('x', 5000) + "\"}", 400, "input.too_long" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_acknowledgement_is_refused_with_a_problem_and_nothing_recorded(string what, string body, int status, string code)
    {
        var w = await ApiWorld.CreateAsync(host);
        var before = await w.TrailLengthAsync(host);

        var (actual, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", body);

        Assert.True(actual == status, $"{what}: {actual} {problem}");
        Assert.Equal(code, problem.Str("code"));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
        Assert.Equal(before, await w.TrailLengthAsync(host));
    }

    [Fact]
    public async Task Unknown_ids_answer_404_problem()
    {
        var (item, problem) = await host.Coordinator.GetJsonAsync("/api/v1/items/no-such-item");
        var (command, _) = await host.Coordinator.PostAsync("/api/v1/assignments/nope~nope/withdraw", new { reason = "x" });

        Assert.Equal((404, 404), (item, command));
        Assert.Equal("not_found", problem.Str("code"));
    }

    [Fact]
    public async Task A_forbidden_transition_answers_409_with_the_reason()
    {
        var w = await ApiWorld.CreateAsync(host);

        var (status, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "太早了" });

        Assert.Equal(409, status);
        Assert.StartsWith("cycle.", problem.Str("code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_naming_an_unregistered_agency_is_refused_naming_the_field()
    {
        var (status, problem) = await host.Coordinator.PostAsync("/api/v1/plans", new
        {
            title = "方案",
            items = new[] { new { @ref = "一", title = "x", lead = new[] { "ghost-agency" } } },
        });

        Assert.Equal(400, status);
        Assert.Equal("agency.unknown", problem.Str("code"));
        Assert.Equal("items[0].lead[0]", problem.Str("field"));
    }

    [Fact]
    public async Task A_bad_decision_word_is_refused()
    {
        var w = await ApiWorld.CreateAsync(host);

        var (status, problem) = await host.Coordinator.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/completion/review", new { decision = "maybe" });

        Assert.Equal(400, status);
        Assert.Equal("decision", problem.Str("field"));
    }

    [Theory]
    [InlineData("{\"id\":\"{plan}\",\"title\":\"方案\",\"items\":[null]}", "items[0]")]
    [InlineData("{\"id\":\"{plan}\",\"title\":\"方案\",\"targets\":[null]}", "targets[0]")]
    [InlineData("{\"id\":\"{plan}\",\"title\":\"方案\",\"items\":[{\"ref\":\"一\",\"title\":\"x\",\"lead\":[\"{lead}\"]},{\"ref\":\"二\",\"title\":\"y\",\"lead\":[]}]}", "items[1].lead")]
    public async Task A_plan_with_one_bad_part_is_refused_whole_and_not_created(string body, string field)
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var planId = $"p-bad-{Guid.NewGuid():n}"[..16];

        var (status, problem) = await host.Coordinator.PostAsync("/api/v1/plans", body.Replace("{plan}", planId, StringComparison.Ordinal).Replace("{lead}", w.Lead, StringComparison.Ordinal));
        var (after, _) = await host.Coordinator.GetJsonAsync($"/api/v1/plans/{planId}");

        Assert.Equal(400, status);
        Assert.Equal(field, problem.Str("field"));
        Assert.Equal(404, after);
    }

    [Fact]
    public async Task A_null_indicator_is_refused_naming_it()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });

        var (status, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", "{\"narrative\":\"x\",\"indicators\":[null]}");

        Assert.Equal(400, status);
        Assert.Equal("indicators[0]", problem.Str("field"));
    }

    [Theory]
    [InlineData(false, "/api/v1/auth/login", "application/json; charset=bogus")]
    [InlineData(true, "/api/v1/plans", "application/json; charset=bogus")]
    [InlineData(true, "/api/v1/agencies", "application/json; charset=bogus")]
    [InlineData(true, "/api/v1/agencies", "application/json; charset=")]
    public async Task An_unknown_charset_is_refused_415_before_anything_else(bool signedIn, string path, string contentType)
    {
        var client = signedIn ? host.Coordinator : host.Anonymous;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"username\":\"admin\",\"password\":\"x\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync(path, content);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(415, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("request.unsupported_media_type", problem.Str("code"));
    }

    [Theory]
    [InlineData("GET", "/api/v1/plans/%20")]
    [InlineData("GET", "/api/v1/plans/%09")]
    [InlineData("GET", "/api/v1/items/%20%20/trail")]
    [InlineData("GET", "/api/v1/agencies/%20")]
    [InlineData("GET", "/api/v1/assignments/%0B/reports")]
    [InlineData("POST", "/api/v1/assignments/%20/withdraw")]
    [InlineData("PUT", "/api/v1/agencies/%09/aliases")]
    [InlineData("POST", "/api/v1/items/%20/dispatch")]
    public async Task A_blank_or_control_character_id_answers_404_on_every_route(string method, string path)
    {
        var (status, problem) = await host.Coordinator.SendAsync(new HttpMethod(method), path, method == "GET" ? null : "{\"aliases\":[]}");

        Assert.True(status == 404, $"{method} {path}: {status} {problem}");
        Assert.Equal("not_found", problem.Str("code"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_missing_body_is_refused_in_our_words_not_the_framework_s(string body)
    {
        var w = await ApiWorld.CreateAsync(host);

        var (status, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", body);

        Assert.Equal(400, status);
        Assert.Equal("request.body_required", problem.Str("code"));
        AssertNoInternals(problem);
    }

    [Fact]
    public async Task A_wrong_typed_member_is_named_without_dotnet_type_names()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });

        var (status, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", "{\"narrative\":\"x\",\"indicators\":[{\"name\":\"n\",\"value\":\"many\"}]}");

        Assert.Equal(400, status);
        Assert.Equal("indicators[0].value", problem.Str("field"));
        AssertNoInternals(problem);
    }

    [Theory]
    [InlineData("/api/v1/inbox?limit=abc", "limit")]
    [InlineData("/api/v1/inbox?overdue=maybe", "overdue")]
    [InlineData("/api/v1/inbox?due_before=someday", "due_before")]
    [InlineData("/api/v1/inbox?offset=-5", "offset")]
    [InlineData("/api/v1/inbox?limit=0", "limit")]
    [InlineData("/api/v1/assignments/{asg}/reports?offset=-5", "offset")]
    [InlineData("/api/v1/assignments/{asg}/reports?limit=100000", "limit")]
    public async Task A_bad_query_parameter_is_named_as_the_api_spells_it(string path, string field)
    {
        var w = await ApiWorld.CreateAsync(host);

        var (status, problem) = await w.LeadUser.GetJsonAsync(path.Replace("{asg}", w.LeadAssignment, StringComparison.Ordinal));

        Assert.True(status == 400, $"{path}: {status} {problem}");
        Assert.Equal(field, problem.Str("field"));
        AssertNoInternals(problem);
    }

    [Fact]
    public async Task An_unknown_inbox_status_lists_the_names_the_api_speaks()
    {
        var w = await ApiWorld.CreateAsync(host);

        var (status, problem) = await w.LeadUser.GetJsonAsync("/api/v1/inbox?status=busy");

        Assert.Equal(400, status);
        Assert.Contains("in_progress", problem.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain("InProgress", problem.Str("detail"), StringComparison.Ordinal);
    }

    private static void AssertNoInternals(System.Text.Json.JsonElement problem)
    {
        var text = problem.ToString();
        foreach (var leak in new[] { "Supervision.", "Nullable", "Implicit body", "Service", "System.", "Int32", "Decimal", "ReportRequest", "AcknowledgeRequest" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }
}
