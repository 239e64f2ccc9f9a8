using ImageMagick;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Cmms.Works.Attachments;

/// <summary>
/// Accepts a phone's photo only if it really is one: the bytes are decoded (the name and the declared
/// type prove nothing), turned upright, stripped of their metadata (GPS position included), shrunk to a
/// sensible size and re-encoded as JPEG, with a thumbnail for lists. Anything else is refused with the
/// reason, as an English resource key.
/// </summary>
internal sealed class PhotoReader(IConfiguration configuration)
{
    public const int DefaultMaxBytes = 10 * 1024 * 1024;
    private const int LongestSide = 2048;
    private const int ThumbnailSide = 320;

    private static readonly HashSet<MagickFormat> Accepted =
        [MagickFormat.Jpeg, MagickFormat.Jpg, MagickFormat.Png, MagickFormat.WebP, MagickFormat.Heic, MagickFormat.Heif, MagickFormat.Avif];

    public int MaxBytes => configuration.GetValue("Works:Photos:MaxBytes", DefaultMaxBytes);

    public int MaxPerUpload => configuration.GetValue("Works:Photos:MaxPerUpload", 5);

    public async Task<(Photo? Photo, string? Refusal)> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return (null, "The file is empty.");
        }

        if (file.Length > MaxBytes)
        {
            return (null, "The photo is too large.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return Read(buffer.ToArray(), file.FileName);
    }

    /// <summary>Reads every file: the photos accepted, and for each file refused its name (as sent) and the reason.</summary>
    public async Task<(List<Photo> Photos, List<(string File, string Refusal)> Refusals)> ReadAllAsync(IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var (photos, refusals) = (new List<Photo>(), new List<(string, string)>());
        foreach (var file in files)
        {
            var (photo, refusal) = await ReadAsync(file, cancellationToken);
            if (photo is null)
            {
                refusals.Add((file.FileName, refusal!));
            }
            else
            {
                photos.Add(photo);
            }
        }

        return (photos, refusals);
    }

    public (Photo? Photo, string? Refusal) Read(byte[] bytes, string fileName)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, "The photo is too large.");
        }

        MagickImageInfo info;
        try
        {
            info = new MagickImageInfo(bytes);
        }
        catch (MagickException)
        {
            return (null, "This file is not a photo: use JPEG, PNG, WebP or HEIC.");
        }

        if (!Accepted.Contains(info.Format))
        {
            return (null, "This file is not a photo: use JPEG, PNG, WebP or HEIC.");
        }

        // A decompression bomb: a tiny file that claims a gigantic picture.
        if ((long)info.Width * info.Height > 60_000_000)
        {
            return (null, "The photo is too large.");
        }

        try
        {
            using var image = new MagickImage(bytes);
            image.AutoOrient();
            image.Strip();
            if (image.Width > LongestSide || image.Height > LongestSide)
            {
                image.Resize(new MagickGeometry(LongestSide, LongestSide));
            }

            image.Format = MagickFormat.Jpeg;
            image.Quality = 85;
            var content = image.ToByteArray();
            using var thumbnail = image.Clone();
            thumbnail.Thumbnail(new MagickGeometry(ThumbnailSide, ThumbnailSide));
            thumbnail.Quality = 75;
            var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName));
            name = string.IsNullOrWhiteSpace(name) ? "photo" : name[..Math.Min(name.Length, 150)];
            return (new Photo($"{name}.jpg", "image/jpeg", content, thumbnail.ToByteArray(), (int)image.Width, (int)image.Height), null);
        }
        catch (MagickException)
        {
            return (null, "This file is not a photo: use JPEG, PNG, WebP or HEIC.");
        }
    }
}
