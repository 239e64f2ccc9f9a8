namespace Cmms.Kernel.Web;

/// <summary>What the shared _Pager partial needs: the page shown, how many there are, and the list's URL with its filters.</summary>
public sealed record PagerModel(int Page, int PageCount, string Url)
{
    public string For(int page) => Url + (Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
