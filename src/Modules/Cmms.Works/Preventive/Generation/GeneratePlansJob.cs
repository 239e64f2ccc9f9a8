using Quartz;

namespace Cmms.Works.Preventive.Generation;

/// <summary>The daily run of <see cref="PlanGeneration"/> (05:30 Paris time, and on demand from the jobs page).</summary>
[DisallowConcurrentExecution]
internal sealed class GeneratePlansJob(PlanGeneration generation) : IJob
{
    public const string Key = "preventive-generation";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await generation.RunAsync(cancellationToken);
        context.Result = $"{result.WorkOrdersCreated} / {result.PlansRead}";
    }
}
