using System.Globalization;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Cmms.Kernel.Web;

/// <summary><c>&lt;local-time utc="…" /&gt;</c>: a stored UTC instant shown in Paris time, in the reader's culture.</summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper : TagHelper
{
    public DateTime Utc { get; set; }

    /// <summary>Standard .NET format; "g" (short date and time) by default.</summary>
    public string Format { get; set; } = "g";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var utc = DateTime.SpecifyKind(Utc, DateTimeKind.Utc);
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", utc.ToString("o", CultureInfo.InvariantCulture));
        output.Content.SetContent(ParisTime.FromUtc(utc).ToString(Format, CultureInfo.CurrentCulture));
    }
}
