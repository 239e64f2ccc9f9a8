using Cmms.Kernel.Domain;

namespace Cmms.Works.Attachments;

public enum AttachmentStage
{
    /// <summary>Sent with the request, by the referent.</summary>
    Request,
    Before,
    After,
}

/// <summary>
/// A photo of a request or work order. Kept in the database (re-encoded, metadata stripped) so that
/// every application node sees it and the backups hold it; lists read the metadata, never the bytes.
/// </summary>
public sealed class Attachment : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid? RequestId { get; set; }

    public Guid? WorkOrderId { get; set; }

    public AttachmentStage Stage { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public int Length { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public required byte[] Content { get; set; }

    public required byte[] Thumbnail { get; set; }

    public Guid? UploadedByUserId { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
