using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.Attachments;

/// <summary>
/// A photo's bytes, full size or thumbnail, to whoever may see the request or work order it belongs to
/// (<see cref="AttachmentAccess"/>); anyone else is told it does not exist.
/// </summary>
[Authorize(Roles = $"{Roles.Referent},{Roles.ServiceManager},{Roles.Administrator},{Roles.FieldAgent},{Roles.Mechanic},{Roles.Finance}")]
[Route("attachments")]
public sealed class AttachmentsController(DbContext db) : Controller
{
    [HttpGet("{id:guid}")]
    public Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        ServeAsync(id, thumbnail: false, cancellationToken);

    [HttpGet("{id:guid}/thumbnail")]
    public Task<IActionResult> Thumbnail(Guid id, CancellationToken cancellationToken) =>
        ServeAsync(id, thumbnail: true, cancellationToken);

    private async Task<IActionResult> ServeAsync(Guid id, bool thumbnail, CancellationToken cancellationToken)
    {
        var access = HttpContext.RequestServices.GetRequiredService<AttachmentAccess>();
        var attachments = db.Attachments.AsNoTracking().Where(a => a.Id == id);
        var owner = await attachments.Select(a => new { a.RequestId, a.WorkOrderId, a.ContentType }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !await access.CanSeeAsync(owner.RequestId, owner.WorkOrderId, cancellationToken))
        {
            return NotFound();
        }

        // Only the bytes asked for: a list of thumbnails never reads the full photos.
        var bytes = thumbnail
            ? await attachments.Select(a => a.Thumbnail).FirstAsync(cancellationToken)
            : await attachments.Select(a => a.Content).FirstAsync(cancellationToken);
        Response.Headers.CacheControl = "private, max-age=3600";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(bytes, owner.ContentType);
    }
}
