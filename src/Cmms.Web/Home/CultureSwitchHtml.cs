using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Cmms.Web.Home;

/// <summary>The "English" / "Français" button of both layouts, written here rather than by a partial view because every page draws it.</summary>
public static class CultureSwitchHtml
{
    public static IHtmlContent CultureSwitch(this IHtmlHelper html, string returnUrl)
    {
        var french = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
        return new HtmlContentBuilder(12)
            .AppendHtml("<form method=\"post\" action=\"/culture\" class=\"d-inline\">")
            .AppendHtml(html.AntiForgeryToken())
            .AppendHtml("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(returnUrl).AppendHtml("\" />")
            .AppendHtml(french ? "<input type=\"hidden\" name=\"culture\" value=\"en-GB\" />" : "<input type=\"hidden\" name=\"culture\" value=\"fr-FR\" />")
            .AppendHtml(french
                ? "<button type=\"submit\" class=\"btn btn-sm btn-outline-light\" lang=\"en\" data-testid=\"culture-switch\">English</button>"
                : "<button type=\"submit\" class=\"btn btn-sm btn-outline-light\" lang=\"fr\" data-testid=\"culture-switch\">Français</button>")
            .AppendHtml("</form>");
    }
}
