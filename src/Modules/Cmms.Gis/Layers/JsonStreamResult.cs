using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cmms.Gis.Layers;

/// <summary>
/// A JSON answer written as it is produced, straight into the response: a GeoJSON export of 100,000 trees
/// never sits whole in memory. The writer is flushed to the client whenever a few tens of kilobytes wait.
/// </summary>
internal sealed class JsonStreamResult(string contentType, Func<Utf8JsonWriter, CancellationToken, Task> write, string? downloadName = null)
    : IResult, IActionResult
{
    public const int FlushBytes = 32 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = contentType;
        if (downloadName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = downloadName }.ToString();
        }

        // Disposed asynchronously: the server refuses the synchronous flush a plain Dispose would make.
        await using var writer = new Utf8JsonWriter(response.Body);
        await write(writer, httpContext.RequestAborted);
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    /// <summary>Sends what is waiting once enough has piled up (call between features).</summary>
    public static ValueTask FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken) =>
        writer.BytesPending >= FlushBytes ? new ValueTask(writer.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
}
