using Cmms.Directory.Contracts;
using Cmms.Kernel;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Roads.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Segments;

public sealed record SegmentRow(Guid Id, string Reference, string StreetName, RoadClass Class, RoadSurface Surface, double LengthM, decimal? WidthM, int? ConditionIndex, bool Retired);

public sealed record SegmentList(ListFilter Filter, RoadClass? Class, RoadSurface? Surface, ConditionBand? Band, Paged<SegmentRow> Rows, IReadOnlyList<SiteInfo> Sites, bool CanEdit);

public sealed record SegmentPage(SegmentForm Segment, double LengthM, string? Site, double Latitude, double Longitude,
    DateOnly? RetiredOn, string? RetiredReason, AssetWorkHistory Work, bool CanEdit);

/// <summary>The road register: segments between crossings, their surface and condition; drawing, editing, closing (retiring).</summary>
[Authorize(Roles = RegisterAccess.Readers), Route("roads/segments")]
public sealed class SegmentsController(
    DbContext db, IDirectory directory, IUserScopeProvider scopes, ICurrentUser user, IAssetWork work, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? q, Guid? site, string? status, RoadClass? cls, RoadSurface? surface, ConditionBand? band, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = ListFilter.Of(q, site, status, page);
        var scope = await scopes.GetAsync(user, cancellationToken);
        var segments = filter.Apply(db.RoadSegments.AsNoTracking().VisibleTo(scope));
        if (cls is { } c)
        {
            segments = segments.Where(s => s.Class == c);
        }

        if (surface is { } f)
        {
            segments = segments.Where(s => s.Surface == f);
        }

        segments = band switch
        {
            ConditionBand.Good => segments.Where(s => s.ConditionIndex >= 80),
            ConditionBand.Fair => segments.Where(s => s.ConditionIndex >= 60 && s.ConditionIndex < 80),
            ConditionBand.Poor => segments.Where(s => s.ConditionIndex >= 40 && s.ConditionIndex < 60),
            ConditionBand.Bad => segments.Where(s => s.ConditionIndex < 40),
            _ => segments,
        };

        var rows = await filter.PageAsync(segments, db.RoadSearchTerms, s => s.StreetName,
            s => new SegmentRow(s.Id, s.Reference, s.StreetName, s.Class, s.Surface, s.LengthM, s.WidthM, s.ConditionIndex, s.RetiredOn != null), cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        return View(new SegmentList(filter, cls, surface, band, rows, sites, RegisterAccess.CanEdit(user)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var segment = await db.RoadSegments.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (segment is null)
        {
            return NotFound();
        }

        var site = (await directory.SitesAsync(cancellationToken)).FirstOrDefault(s => s.Id == segment.SiteId)?.Name;
        var middle = segment.Spot;
        var history = await work.HistoryAsync(new AssetRef(RoadsModule.Name, id), 10, cancellationToken);
        return View(new SegmentPage(SegmentForm.From(segment), segment.LengthM, site, middle.Y, middle.X, segment.RetiredOn, segment.RetiredReason, history, RegisterAccess.CanEdit(user)));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new SegmentForm { Sites = await directory.SitesAsync(cancellationToken) });

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("new")]
    public async Task<IActionResult> New(SegmentForm form, CancellationToken cancellationToken)
    {
        form.Sites = await directory.SitesAsync(cancellationToken);
        var line = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var segment = new RoadSegment { StreetName = string.Empty };
        form.ApplyTo(segment, line!);
        await RegisterWrites.AddAsync(db.RoadSearchTerms, db.RoadCounters, gate, user.OrganisationId!.Value, References.Segments, segment, cancellationToken);

        TempData["Flash"] = text["The segment {0} has been created.", segment.Reference].Value;
        return Redirect(RoadsUrls.Segment(segment.Id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var segment = await db.RoadSegments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.RetiredOn == null, cancellationToken);
        if (segment is null)
        {
            return NotFound();
        }

        var form = SegmentForm.From(segment);
        form.Sites = await directory.SitesAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, SegmentForm form, CancellationToken cancellationToken)
    {
        var segment = await db.RoadSegments.FirstOrDefaultAsync(s => s.Id == id && s.RetiredOn == null, cancellationToken);
        if (segment is null)
        {
            return NotFound();
        }

        (form.Id, form.Reference) = (id, segment.Reference);
        form.Sites = await directory.SitesAsync(cancellationToken);
        var line = Validate(form);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        form.ApplyTo(segment, line!);
        if (await RegisterWrites.SaveAsync(db.RoadSearchTerms, gate, segment, form.Version, cancellationToken) is { } conflict)
        {
            var theirs = SegmentForm.From(segment);
            theirs.Sites = form.Sites;
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        TempData["Flash"] = text["The segment has been saved."].Value;
        return Redirect(RoadsUrls.Segment(id));
    }

    [Authorize(Roles = RegisterAccess.Editors), HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, RetireForm form, CancellationToken cancellationToken) =>
        await this.RetireAsync(db, await db.RoadSegments.FirstOrDefaultAsync(s => s.Id == id && s.RetiredOn == null, cancellationToken), form, ParisTime.Today(clock),
            text["The segment has been taken out of service."], RoadsUrls.Segment(id), common, cancellationToken);

    private LineString? Validate(SegmentForm form)
    {
        foreach (var (field, message) in form.Problems(ParisTime.Today(clock)))
        {
            ModelState.AddModelError(field, text[message]);
        }

        var (geometry, problem) = ShapeInput.Read(form.Geometry, GeometryKind.Line, RoadSegment.MaxSpan);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(form.Geometry), problem.Describe(common));
            return null;
        }

        var (line, notOne) = SegmentForm.OneLine(geometry!);
        if (notOne is not null)
        {
            ModelState.AddModelError(nameof(form.Geometry), text[notOne]);
        }

        return line;
    }
}
