namespace Cmms.Works.Attachments;

/// <summary>A photo once checked and re-encoded (metadata stripped), ready to be attached.</summary>
internal sealed record Photo(string FileName, string ContentType, byte[] Content, byte[] Thumbnail, int Width, int Height)
{
    public Attachment ToAttachment(AttachmentStage stage, Actor by, DateTime atUtc, Guid? requestId = null, Guid? workOrderId = null) => new()
    {
        RequestId = requestId, WorkOrderId = workOrderId, Stage = stage, FileName = FileName, ContentType = ContentType,
        Length = Content.Length, Width = Width, Height = Height, Content = Content, Thumbnail = Thumbnail,
        UploadedByUserId = by.UserId, UploadedBy = by.Name, UploadedAtUtc = atUtc,
    };
}
