using Cmms.Kernel.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cmms.Web.Hosting;

/// <summary>
/// Exceptions that are the caller's doing, not a fault: a request that cannot be read answers
/// 400 and an edit that lost a race answers 409, both as problem details, never 500.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The status proxies log for a request the client abandoned (nginx's 499).</summary>
    private const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client left: nobody reads the answer, and nothing was written (the work was cancelled).
            httpContext.Response.StatusCode = ClientClosedRequest;
            return true;
        }

        if (!Cmms.Kernel.Web.ApiEndpoints.IsMachinePath(httpContext.Request.Path))
        {
            return false; // pages get the friendly error page
        }

        var problem = exception switch
        {
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message },
            ConcurrencyConflictException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "The record was changed by someone else.", Detail = "Read it again and re-apply the change.",
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
