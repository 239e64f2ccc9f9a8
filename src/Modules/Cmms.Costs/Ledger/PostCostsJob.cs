using Quartz;

namespace Cmms.Costs.Ledger;

/// <summary>Posts the modules' new costs every five minutes (and on demand from the jobs page); a re-run or a second node posts nothing twice.</summary>
[DisallowConcurrentExecution]
internal sealed class PostCostsJob(Posting posting) : IJob
{
    public const string Key = "costs-posting";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await posting.RunAsync(cancellationToken);
        context.Result = $"{result.Posted} / {result.Read}";
    }
}
