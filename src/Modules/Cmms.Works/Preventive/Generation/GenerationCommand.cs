using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Works.Preventive.Generation;

/// <summary>
/// <c>generate-plans</c>: one run of the preventive generation from the command line, without serving and without the
/// scheduler — what the benchmark times, and what an operator may run after restoring a database. Prints the figures.
/// Several processes may run it at once on one server database: the exactly-once key keeps their work orders single.
/// </summary>
public static class GenerationCommand
{
    public const string Verb = "generate-plans";

    public static async Task<bool> RunGenerationCommandAsync(this IServiceProvider services, string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0] != Verb)
        {
            return false;
        }

        var watch = Stopwatch.StartNew();
        var result = await services.GetRequiredService<PlanGeneration>().RunAsync(CancellationToken.None);
        await output.WriteLineAsync(FormattableString.Invariant(
            $"generate-plans: {result.PlansRead} plans read, {result.WorkOrdersCreated} work orders created, {result.AlreadyThere} already there, {watch.Elapsed.TotalSeconds:0.00} s"));
        return true;
    }
}
