using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Cmms.Works.Attachments;
using Cmms.Works.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Works.Api;

/// <summary>A request as another system (a citizen portal, the switchboard) makes it.</summary>
public sealed record RequestBody
{
    [Required(ErrorMessage = "Choose the site.")]
    public Guid? SiteId { get; init; }

    [Required(ErrorMessage = "Choose a category.")]
    public RequestCategory? Category { get; init; }

    [Required(ErrorMessage = "Choose an urgency.")]
    public Urgency? Urgency { get; init; }

    [Required(ErrorMessage = "Give the request a title.")]
    [StringLength(150, ErrorMessage = "At most 150 characters.")]
    public string? Title { get; init; }

    [Required(ErrorMessage = "Describe the problem.")]
    [StringLength(4000, ErrorMessage = "At most 4000 characters.")]
    public string? Description { get; init; }

    [StringLength(200, ErrorMessage = "At most 200 characters.")]
    public string? Location { get; init; }

    [Range(-90, 90, ErrorMessage = "A latitude is between -90 and 90 degrees.")]
    public double? Latitude { get; init; }

    [Range(-180, 180, ErrorMessage = "A longitude is between -180 and 180 degrees.")]
    public double? Longitude { get; init; }

    /// <summary>An asset of an asset module, as <c>module:id</c> (for example <c>buildings:3f2…</c>).</summary>
    public string? AssetRef { get; init; }

    /// <summary>The calling system's own reference, to find the request again.</summary>
    [StringLength(100, ErrorMessage = "At most 100 characters.")]
    public string? ExternalReference { get; init; }

    /// <summary>Who reported the problem (required with an API key: the person who called or wrote).</summary>
    [StringLength(100, ErrorMessage = "At most 100 characters.")]
    public string? RequesterName { get; init; }

    /// <summary>How to reach them: a phone number or an e-mail address.</summary>
    [StringLength(200, ErrorMessage = "At most 200 characters.")]
    public string? RequesterContact { get; init; }
}

/// <param name="StatusLabel">The status in the requester's words (French unless the session chose English).</param>
public sealed record RequestDto(
    Guid Id, string Number, RequestStatus Status, string StatusLabel, Guid SiteId, Guid ServiceId, RequestCategory Category, Urgency Urgency,
    string Title, DateTime SubmittedAt, DateTime DueAt, Guid? WorkOrderId, string? WorkOrderNumber, string? ExternalReference);

public sealed record RequestEventDto(DateTime At, string By, RequestStatus? From, RequestStatus To, string? Comment);

public sealed record RequestDetailDto(
    Guid Id, string Number, RequestStatus Status, string StatusLabel, Guid SiteId, Guid ServiceId, RequestCategory Category, Urgency Urgency,
    string Title, string Description, string? Location, DateTime SubmittedAt, DateTime DueAt, Guid? WorkOrderId, string? WorkOrderNumber,
    string? ExternalReference, string? LastReason, IReadOnlyList<RequestEventDto> History);

public sealed record PhotoDto(Guid Id, string FileName, string ContentType, int Length, int Width, int Height, AttachmentStage Stage, string UploadedBy, DateTime UploadedAt);

internal static class RequestsApi
{
    private static readonly string[] Users = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.Referent];

    public static void MapRequestsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("requests", "Requests");
        group.MapPost("", Submit).RequireRoles(Users)
            .JsonBody<RequestBody>()
            .WithSummary("Submit an intervention request")
            .WithDescription("Records a demande d'intervention from another system (citizen portal, switchboard): it is numbered (DI-yyyy-nnnnnn), routed to a service by the organisation's rules, and the service's managers are told. With an API key, requesterName is required. Enums are strings.");
        group.MapPost("{id:guid}/photos", AddPhotos).RequireRoles(Users)
            .FilesBody()
            .WithSummary("Add photos to a request")
            .WithDescription("One or more photos (JPEG, PNG, WebP, HEIC) as multipart files. Each is checked, stripped of its metadata (GPS position included) and re-encoded; a file that is not a photo, or too large, is a 400 naming the file.");
        group.MapGet("{id:guid}/photos", Photos).RequireRoles(Users)
            .WithSummary("The photos of a request")
            .WithDescription("What is known of each photo kept with the request (the referent's and the field's), oldest first; the image itself is shown in the application.");
        group.MapGet("{id:guid}", Get).RequireRoles(Users)
            .WithSummary("A request, its status and its history")
            .WithDescription("The request and every step of its life (who, when, from which status to which, and why), oldest first.");
        group.MapGet("", List).RequireRoles(Users).Validated<PageRequest>()
            .WithSummary("Requests, newest first")
            .WithDescription("Paged. status filters on one status; since keeps the requests whose status changed at or after that moment (new ones included); externalReference finds the requests made with the calling system's reference. A referent sees their sites' requests, a manager their services', an API key the whole organisation's.");
    }

    private static async Task<Results<Created<RequestDto>, ValidationProblem>> Submit(
        HttpRequest http, DbContext db, Submission submission, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user,
        IEnumerable<IAssetCatalog> catalogs, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiInput.ReadAsync<RequestBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var isSystem = user.IsInRole(Roles.ApiClient);
        if (isSystem && string.IsNullOrWhiteSpace(body!.RequesterName))
        {
            errors["requesterName"] = ["Say who reported the problem."];
        }

        if (string.IsNullOrWhiteSpace(body!.Title))
        {
            errors["title"] = ["Give the request a title."];
        }

        if (string.IsNullOrWhiteSpace(body.Description))
        {
            errors["description"] = ["Describe the problem."];
        }

        if (body.Latitude is null != body.Longitude is null)
        {
            errors["latitude"] = ["Give both the latitude and the longitude, or neither."];
        }

        // The site must be one of the organisation's, and one the person may report on (a referent: their own sites).
        var siteId = body.SiteId!.Value;
        var scope = await scopes.GetAsync(user, cancellationToken);
        if (!scope.CanSeeSite(siteId) || !(await directory.SitesAsync(cancellationToken)).Any(s => s.Id == siteId))
        {
            errors["siteId"] = ["This site does not exist, or you cannot report a problem on it."];
        }

        AssetSummary? asset = null;
        if (!string.IsNullOrWhiteSpace(body.AssetRef))
        {
            if (await catalogs.FindAsync(body.AssetRef.Trim(), cancellationToken) is not { } found)
            {
                errors["assetRef"] = ["This asset does not exist (expected module:id)."];
            }
            else
            {
                asset = found;
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actor = isSystem
            ? new Actor(null, Cut($"{body.RequesterName!.Trim()} ({user.DisplayName})", 200))
            : Actor.Of(user);
        var input = new NewRequest(
            siteId, asset, body.Category!.Value, body.Urgency!.Value, body.Title!, body.Description!,
            Blank(body.Location), body.Latitude, body.Longitude, RequestChannel.Api, Blank(body.ExternalReference),
            Blank(body.RequesterContact), []);
        InterventionRequest request;
        try
        {
            request = await submission.SubmitAsync(input, actor, user.OrganisationId!.Value, cancellationToken);
        }
        catch (WorkflowException ex)
        {
            return ApiInput.Problem("category", ex.UserMessage);
        }

        var dto = new RequestDto(
            request.Id, request.Number, request.Status, text[$"RequestStatus.{request.Status}"], request.SiteId, request.ServiceId,
            request.Category, request.Urgency, request.Title, request.SubmittedAtUtc, request.DueAtUtc, null, null, request.ExternalReference);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/requests/{request.Id}", dto);
    }

    private static async Task<Results<Ok<RequestDetailDto>, NotFound>> Get(
        Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var orders = db.WorkOrders;
        var row = await (await VisibleAsync(db, scopes, user, cancellationToken)).Where(r => r.Id == id)
            .Select(r => new { Request = r, WorkOrderNumber = orders.Where(w => w.Id == r.WorkOrderId).Select(w => w.Number).FirstOrDefault() })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        var events = db.RequestEvents;
        var history = await events.AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.AtUtc)
            .Select(e => new RequestEventDto(e.AtUtc, e.ByName, e.From, e.To, e.Comment))
            .ToListAsync(cancellationToken);
        var r = row.Request;
        return TypedResults.Ok(new RequestDetailDto(
            r.Id, r.Number, r.Status, text[$"RequestStatus.{r.Status}"], r.SiteId, r.ServiceId, r.Category, r.Urgency,
            r.Title, r.Description, r.Location, r.SubmittedAtUtc, r.DueAtUtc, r.WorkOrderId, row.WorkOrderNumber,
            r.ExternalReference, r.LastReason, history));
    }

    private static async Task<Ok<Paged<RequestDto>>> List(
        [AsParameters] PageRequest paging, RequestStatus? status, DateTimeOffset? since, string? externalReference,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var requests = await VisibleAsync(db, scopes, user, cancellationToken);
        if (status is { } wanted)
        {
            requests = requests.Where(r => r.Status == wanted);
        }

        if (ApiInput.Utc(since) is { } from)
        {
            requests = requests.Where(r => r.StatusChangedAtUtc >= from);
        }

        if (!string.IsNullOrWhiteSpace(externalReference))
        {
            var reference = externalReference.Trim();
            requests = requests.Where(r => r.ExternalReference == reference);
        }

        var orders = db.WorkOrders;
        var rows = await requests.AsNoTracking().OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Number)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(r => new
            {
                r.Id, r.Number, r.Status, r.SiteId, r.ServiceId, r.Category, r.Urgency, r.Title, r.SubmittedAtUtc, r.DueAtUtc, r.WorkOrderId,
                WorkOrderNumber = orders.Where(w => w.Id == r.WorkOrderId).Select(w => w.Number).FirstOrDefault(), r.ExternalReference,
            })
            .ToListAsync(cancellationToken);
        var total = await requests.TotalAsync(paging, rows.Count, cancellationToken);
        var items = rows.Select(r => new RequestDto(
            r.Id, r.Number, r.Status, text[$"RequestStatus.{r.Status}"], r.SiteId, r.ServiceId, r.Category, r.Urgency, r.Title,
            r.SubmittedAtUtc, r.DueAtUtc, r.WorkOrderId, r.WorkOrderNumber, r.ExternalReference)).ToList();
        return TypedResults.Ok(new Paged<RequestDto>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<List<PhotoDto>>, NotFound>> Photos(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!await (await VisibleAsync(db, scopes, user, cancellationToken)).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var attachments = db.Attachments;
        return TypedResults.Ok(await attachments.AsNoTracking().Where(a => a.RequestId == id).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new PhotoDto(a.Id, a.FileName, a.ContentType, a.Length, a.Width, a.Height, a.Stage, a.UploadedBy, a.UploadedAtUtc))
            .ToListAsync(cancellationToken));
    }

    private static async Task<Results<Created<List<PhotoDto>>, NotFound, ValidationProblem>> AddPhotos(
        Guid id, HttpRequest http, DbContext db, PhotoReader reader, IUserScopeProvider scopes, ICurrentUser user, Kernel.Time.IClock clock,
        CancellationToken cancellationToken)
    {
        if (!await (await VisibleAsync(db, scopes, user, cancellationToken)).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (!http.HasFormContentType)
        {
            return ApiInput.Problem("files", "Send the photos as multipart/form-data files.");
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return ApiInput.Problem("files", "The photos could not be read: the upload is too large or malformed.");
        }

        if (form.Files.Count == 0)
        {
            return ApiInput.Problem("files", "Send at least one photo.");
        }

        if (form.Files.Count > reader.MaxPerUpload)
        {
            return ApiInput.Problem("files", $"At most {reader.MaxPerUpload} photos at a time.");
        }

        var (photos, refusals) = await reader.ReadAllAsync(form.Files, cancellationToken);
        if (refusals.Count > 0)
        {
            return ApiInput.Problem("files", $"{refusals[0].File}: {refusals[0].Refusal}");
        }

        var by = user.IsInRole(Roles.ApiClient) ? new Actor(null, user.DisplayName) : Actor.Of(user);
        var now = clock.UtcNow;
        var attachments = photos.Select(p => p.ToAttachment(AttachmentStage.Request, by, now, requestId: id)).ToList();
        db.Attachments.AddRange(attachments);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/requests/{id}/photos",
            attachments.Select(a => new PhotoDto(a.Id, a.FileName, a.ContentType, a.Length, a.Width, a.Height, a.Stage, a.UploadedBy, a.UploadedAtUtc)).ToList());
    }

    /// <summary>The requests the caller may see: the organisation's for broad roles, else their services' and their sites'.</summary>
    internal static async Task<IQueryable<InterventionRequest>> VisibleAsync(DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        var requests = db.Requests;
        var scope = await scopes.GetAsync(user, cancellationToken);
        if (scope.AllServices)
        {
            return requests;
        }

        var services = scope.ServiceIds.ToList();
        var sites = scope.SiteIds.ToList();
        return requests.Where(r => services.Contains(r.ServiceId) || sites.Contains(r.SiteId));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
