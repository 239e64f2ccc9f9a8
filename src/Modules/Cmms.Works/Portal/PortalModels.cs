using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Web;
using Cmms.Works.Requests;

namespace Cmms.Works.Portal;

/// <summary>What a referent types on the new-request form. The photos come beside it, as files.</summary>
public sealed record NewRequestForm
{
    [Required, Display(Name = "Site")]
    public Guid? SiteId { get; set; }

    /// <summary>"Module:id" of the equipment concerned, when asset modules exist.</summary>
    [Display(Name = "Equipment concerned")]
    public string? Asset { get; set; }

    [Required, Display(Name = "Kind of problem")]
    public RequestCategory? Category { get; set; }

    [Required, Display(Name = "Urgency")]
    public Urgency? Urgency { get; set; } = Requests.Urgency.Normal;

    [Required, StringLength(150), Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [Required, StringLength(4000), Display(Name = "Description of the problem")]
    public string Description { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Where exactly")]
    public string? Location { get; set; }

    /// <summary>Filled by the "use my position" button; read with a dot whatever the language.</summary>
    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    internal static double? Coordinate(string? value, double limit) =>
        double.TryParse(value?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number) && Math.Abs(number) <= limit ? number : null;
}

public sealed record AssetChoice(string Value, string Label, string Kind, Guid? SiteId);

public sealed record SimilarRequest(Guid Id, string Number, string Title, RequestStatus Status, DateTime SubmittedAtUtc);

/// <param name="Asset">The equipment already chosen, if any; the form searches for others by name.</param>
public sealed record NewRequestPage(NewRequestForm Form, IReadOnlyList<SiteInfo> Sites, AssetChoice? Asset, bool AssetsExist, IReadOnlyList<SimilarRequest> Similar, int MaxPhotos, int MaxPhotoBytes);

public sealed record RequestRow(Guid Id, string Number, string Title, string SiteName, RequestStatus Status, DateTime SubmittedAtUtc, bool IsLate);

public sealed record MyRequestsPage(Paged<RequestRow> Page, string Status);

public sealed record PhotoRow(Guid Id, string FileName, bool AfterWork);

public sealed record TimelineStep(DateTime AtUtc, string ByName, RequestStatus? From, RequestStatus To, string? Comment);

public sealed record RequestPage(
    Guid Id, string Number, string Title, string Description, string SiteName, string? AssetLabel, string? Location,
    double? Latitude, double? Longitude, RequestCategory Category, Urgency Urgency, RequestStatus Status, string? LastReason,
    string RequesterName, DateTime SubmittedAtUtc, DateTime DueAtUtc, bool IsLate, int Version, Guid? DuplicateOfId, string? DuplicateOfNumber,
    IReadOnlyList<PhotoRow> Photos, IReadOnlyList<TimelineStep> Timeline)
{
    public bool CanAnswer => Status == RequestStatus.InformationRequested;

    public bool CanWithdraw => Status is RequestStatus.Submitted or RequestStatus.InformationRequested;

    public bool CanFollowUp => Status == RequestStatus.Done;
}
