using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Kernel.Security;
using Cmms.Testing;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cmms.BrowserTests.Costs;

/// <summary>
/// Philippe Marchand, finance: closes last month (the work orders still open are listed first), exports it and
/// downloads the workbook of the batch. Nadia Benali, green spaces and roads manager: opens the cost analysis of her
/// services and drills down, month by month, to the lines and then to a work order.
/// </summary>
public sealed class CostsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task MenuAsync(IPage page, string link)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await page.MainMenu().GetByRole(AriaRole.Button, new() { Name = "Coûts", Exact = true }).ClickAsync();
        await page.MainMenu().GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// A work order of the city still in progress, with hours of last month logged on it by the administrator as a
    /// team leader would (the demo's random year may have finished all of last month's work): the month then has an open
    /// work order with costs, whatever the day the test runs.
    /// </summary>
    private async Task<string> OpenWorkWithLastMonthsHoursAsync(DateOnly firstOfLastMonth)
    {
        var firstOfThisMonth = firstOfLastMonth.AddMonths(1);
        var (order, agent, day) = await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            var city = await db.Set<Directory.Organisations.Organisation>().SingleAsync(o => o.Code == "VALBRUNE");
            using var acting = sp.GetRequiredService<IOrganisationContext>().Use(city.Id);
            var before = firstOfThisMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-2);
            var agents = await sp.GetRequiredService<IDirectory>().AgentsAsync(default);
            var open = WorkOrderWorkflow.OpenStatuses;
            var candidates = await db.Set<WorkOrder>().AsNoTracking()
                .Where(w => open.Contains(w.Status) && w.TeamId != null && w.CreatedAtUtc < before).OrderBy(w => w.CreatedAtUtc).ToListAsync();
            var found = candidates.First(w => agents.Any(a => a.TeamId == w.TeamId && a.IsActive));
            var created = DateOnly.FromDateTime(found.CreatedAtUtc);
            return (found, agents.First(a => a.TeamId == found.TeamId && a.IsActive), created > firstOfLastMonth ? created.AddDays(1) : firstOfLastMonth.AddDays(14));
        });
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Admin);
        await page.GotoAsync($"/my-work/{order.Id}");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        form.Set("AgentId", agent.Id.ToString());
        form.Set("WorkDate", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        form.Set("Hours", "2");
        form.Set("Kind", "Normal");
        var logged = await page.Context.APIRequest.PostAsync($"/my-work/{order.Id}/hours", new() { Form = form, MaxRedirects = 0 });
        Assert.True(logged.Status is 302 or 303, $"hours refused: {logged.Status}");
        return order.Number;
    }

    [BrowserFact]
    public async Task Finance_closes_last_month_seeing_the_open_work_orders_then_exports_it_and_downloads_the_workbook()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var monthName = lastMonth.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        var number = await OpenWorkWithLastMonthsHoursAsync(lastMonth);
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.Finance);

        await MenuAsync(page, "Périodes et exports");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Périodes et exports");
        await page.GetByTestId("post-now").ClickAsync();
        await page.GetByTestId("periods").GetByRole(AriaRole.Link, new() { Name = monthName, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(monthName);
        await Expect(page.GetByTestId("period-status")).ToHaveTextAsync("Ouverte");

        // The demo's last month still has work orders in progress: finance sees them before closing.
        var open = page.GetByTestId("open-work-orders");
        await Expect(open).ToContainTextAsync("sont encore ouverts");
        await Expect(open.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToBeVisibleAsync();
        var total = await page.GetByTestId("period-total").InnerTextAsync();
        await session.ScreenshotAsync("finance-period-before-close");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clôturer le mois", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("period-status")).ToHaveTextAsync("Clôturée");
        await page.GetByRole(AriaRole.Button, new() { Name = "Exporter vers les finances", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("batch-number")).ToContainTextAsync(new Regex(@"\d{4}-\d{3}"));
        await Expect(page.GetByTestId("batch-total")).ToHaveTextAsync(total);
        await session.ScreenshotAsync("finance-batch");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByTestId("batch-file").Filter(new() { HasText = ".xlsx" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var book = new XLWorkbook(path);
            var numbers = book.Worksheets.SelectMany(s => s.CellsUsed()).Count(c => c.DataType == XLDataType.Number);
            Assert.True(numbers > 0, "the downloaded workbook holds no number");
        }
        finally
        {
            File.Delete(path);
        }

        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_manager_opens_the_analysis_of_her_services_and_drills_down_to_a_work_order()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.SignInToHomeAsync(DemoLogins.GreenSpacesManager);

        await MenuAsync(page, "Analyse des coûts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Analyse des coûts");
        await Expect(page.GetByTestId("analysis-chart")).ToBeVisibleAsync();
        await page.GetByLabel("Par", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Équipement" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("by=Asset"));
        await Expect(page.GetByTestId("analysis-rows")).ToBeVisibleAsync();
        await session.ScreenshotAsync("manager-analysis-by-asset");

        // Back to the months of the year, then a month's lines (her services only), then a work order.
        await page.GetByLabel("Par", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mois" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher", Exact = true }).ClickAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (today.Month == 1)
        {
            await page.GetByLabel("Année", new() { Exact = true }).FillAsync((today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher", Exact = true }).ClickAsync();
        }

        // A month's lines may all be fuel and vehicle use (the demo's repairs are spread over the year, and its routine
        // preventive work logs no hours): she opens the months from the latest back, paging on to the first line of a work order.
        var months = page.GetByTestId("analysis-rows").Locator("a[href^='/costs/lines']");
        var analysis = page.Url;
        var monthCount = await months.CountAsync();
        Assert.True(monthCount > 0, "the analysis by month lists no month");
        var lines = page.GetByTestId("cost-lines");
        var order = lines.Locator("a[href^='/work-orders/']").First;
        var found = false;
        for (var month = monthCount - 1; month >= 0 && !found; month--)
        {
            if (page.Url != analysis)
            {
                await page.GotoAsync(analysis);
            }

            await months.Nth(month).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Grand livre des coûts");
            await Expect(lines).ToBeVisibleAsync();
            await Expect(lines).Not.ToContainTextAsync("Service Bâtiments");
            for (var pages = 1; ; pages++)
            {
                if (await lines.Locator("a[href^='/work-orders/']").CountAsync() > 0)
                {
                    found = true;
                    break;
                }

                var next = page.GetByRole(AriaRole.Link, new() { Name = "Suivant", Exact = true });
                if (pages >= 20 || await next.CountAsync() == 0)
                {
                    break;
                }

                await next.ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex($"page={pages + 1}$"));
            }
        }

        Assert.True(found, "no month of the year has a work order among her services' cost lines");
        var number = await order.InnerTextAsync();
        await order.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
        await session.ScreenshotAsync("manager-drilled-to-work-order");
        session.AssertNoConsoleErrors();
    }
}
