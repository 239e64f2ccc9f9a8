using Cmms.Works.Attachments;
using ImageMagick;
using Microsoft.Extensions.Configuration;

namespace Cmms.Works.Tests;

public sealed class PhotoReaderTests
{
    private static PhotoReader Reader(int maxBytes = PhotoReader.DefaultMaxBytes) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Works:Photos:MaxBytes"] = $"{maxBytes}" }).Build());

    /// <summary>A phone photo: JPEG, with the place it was taken in its EXIF GPS tags.</summary>
    internal static byte[] PhoneJpegWithGps(int width = 800, int height = 600)
    {
        using var image = new MagickImage(MagickColors.SteelBlue, (uint)width, (uint)height) { Format = MagickFormat.Jpeg };
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(45, 1), new Rational(34, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.Make, "PhoneMaker");
        image.SetProfile(exif);
        return image.ToByteArray();
    }

    [Fact]
    public void A_phone_photo_is_kept_without_its_gps_position_and_with_a_thumbnail()
    {
        var original = PhoneJpegWithGps();
        using (var before = new MagickImage(original))
        {
            Assert.NotNull(before.GetExifProfile()?.GetValue(ExifTag.GPSLatitude));
        }

        var (photo, refusal) = Reader().Read(original, "IMG_2041.HEIC");

        Assert.Null(refusal);
        using var after = new MagickImage(photo!.Content);
        Assert.Null(after.GetExifProfile());
        Assert.Equal(("IMG_2041.jpg", "image/jpeg", 800, 600), (photo.FileName, photo.ContentType, photo.Width, photo.Height));
        using var thumbnail = new MagickImage(photo.Thumbnail);
        Assert.True(thumbnail.Width <= 320 && thumbnail.Height <= 320);
    }

    [Theory]
    [InlineData(MagickFormat.Png)]
    [InlineData(MagickFormat.WebP)]
    public void Png_and_webp_photos_are_accepted_and_stored_as_jpeg(MagickFormat format)
    {
        using var image = new MagickImage(MagickColors.ForestGreen, 300, 200) { Format = format };

        var (photo, refusal) = Reader().Read(image.ToByteArray(), "capture");

        Assert.Null(refusal);
        Assert.Equal("image/jpeg", photo!.ContentType);
    }

    [Fact]
    public void A_document_renamed_as_a_photo_is_refused_with_the_reason()
    {
        var (photo, refusal) = Reader().Read("%PDF-1.7 not a photo at all"u8.ToArray(), "fuite.jpg");

        Assert.Null(photo);
        Assert.Equal("This file is not a photo: use JPEG, PNG, WebP or HEIC.", refusal);
    }

    [Fact]
    public void A_photo_over_the_size_limit_is_refused()
    {
        var (photo, refusal) = Reader(maxBytes: 1000).Read(PhoneJpegWithGps(), "grande.jpg");

        Assert.Null(photo);
        Assert.Equal("The photo is too large.", refusal);
    }

    [Fact]
    public void A_very_large_photo_is_shrunk_to_a_sensible_size()
    {
        var (photo, _) = Reader().Read(PhoneJpegWithGps(4000, 3000), "grande.jpg");

        Assert.Equal((2048, 1536), (photo!.Width, photo.Height));
    }
}
