using System.Net;
using System.Text.RegularExpressions;
using Cmms.Directory.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cmms.Testing;

/// <summary>
/// An HTTP client that behaves like a person's browser: it keeps cookies, reads the antiforgery
/// token from the last page and sends it with each form, and does not follow redirects (tests
/// check where they lead).
/// </summary>
public sealed partial class Browser(HttpClient client) : IDisposable
{
    private string? token;

    public HttpClient Http { get; } = client;

    public static Browser Open(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<Browser> SignedInAsync(WebApplicationFactory<Program> factory, string email, string password = DemoLogins.Password)
    {
        var browser = Open(factory);
        var response = await browser.SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        // Antiforgery tokens are bound to the signed-in person: take a fresh one, as the next page would give.
        await browser.GetPageAsync("/");
        return browser;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        await GetPageAsync("/account/login");
        return await PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>GETs a page and keeps its antiforgery token for the next form.</summary>
    public async Task<(HttpResponseMessage Response, string Html)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (TokenPattern().Match(html) is { Success: true } match)
        {
            token = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        return (response, html);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, bool withToken = true)
    {
        if (withToken)
        {
            if (token is null)
            {
                await GetPageAsync("/account/login");
            }

            fields["__RequestVerificationToken"] = token!;
        }

        return await Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts and reads the page that answers (following one redirect, as a browser would).</summary>
    public async Task<(HttpResponseMessage Response, string Html)> SubmitAsync(string url, Dictionary<string, string> fields)
    {
        var response = await PostFormAsync(url, fields);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && response.Headers.Location is { } location)
        {
            return await GetPageAsync(location.ToString());
        }

        var html = await response.Content.ReadAsStringAsync();
        return (response, html);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
