using Cmms.Kernel.Assets;
using Cmms.Works.Preventive.Generation;
using Cmms.Works.Preventive.Plans;
using Cmms.Works.Preventive.Statutory;
using Cmms.Works.Preventive.Triggers;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Preventive.Demo;

/// <summary>
/// A plan's past in the demo: the occurrences its trigger gave over the last year (the same engine as the generation),
/// each with its work order done and closed — the last days' still open — and the plan's state left as the generation
/// would have left it. Statutory plans get their last inspection instead, some overdue or due soon, with observations.
/// </summary>
internal sealed class DemoHistory(
    DbContext db, DemoWork work, IEnumerable<IAssetMeters> meters, Guid organisationId, DateOnly today, int historyDays, string manager, Random random)
{
    private static readonly string[] Bodies = ["Bureau Veritas", "Apave", "Socotec", "Dekra", "Qualiconsult"];

    private static readonly Dictionary<string, string[]> Findings = new()
    {
        ["ELEC"] = ["Absence de protection différentielle 30 mA sur le circuit des prises de la salle polyvalente", "Repérage des circuits à compléter au tableau divisionnaire", "Capot manquant sur une boîte de dérivation en chaufferie"],
        ["SSI"] = ["Deux détecteurs de fumée encrassés à remplacer", "Diffuseur sonore inaudible dans les sanitaires"],
        ["EXT"] = ["Extincteur à recharger (pression insuffisante)", "Signalétique de l'extincteur manquante"],
        ["ECL"] = ["Bloc autonome hors service au-dessus de la sortie de secours", "Autonomie insuffisante de deux blocs d'évacuation"],
        ["ASC"] = ["Éclairage de la cabine insuffisant", "Précision d'arrêt hors tolérance au niveau 1"],
        ["GAZ"] = ["Flexible de raccordement périmé en cuisine", "Ventilation basse du local obstruée"],
        ["CVC"] = ["Vase d'expansion à regonfler", "Calorifugeage dégradé en chaufferie"],
        ["JEUX"] = ["Sol amortissant tassé sous le toboggan", "Boulon saillant sur la structure multi-activités", "Chaîne de balançoire usée à remplacer"],
        ["CT"] = ["Défaut d'éclairage de la plaque arrière", "Usure des disques de frein avant"],
    };

    public async Task PreventiveAsync(MaintenancePlan plan, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-historyDays);
        var schedule = plan.Schedule;
        decimal? readingAtFrom = null;
        double? use = null;
        if (plan.MeterKind is { } kind && plan.Targets.Count == 1)
        {
            var asset = new AssetRef(plan.Targets[0].AssetModule, plan.Targets[0].AssetId);
            var now = (await meters.MetersAsync(asset, cancellationToken)).FirstOrDefault(m => m.Kind == kind)?.Value;
            MeterReadingValue? then = null;
            foreach (var source in meters)
            {
                then ??= await source.ReadingOnAsync(asset, kind, from, cancellationToken);
            }

            if (now is { } n)
            {
                readingAtFrom = then?.Value is { } t && t <= n ? t : Math.Round(n * 0.9m);
                use = n > readingAtFrom ? (double)(n - readingAtFrom.Value) / historyDays : null;
            }
        }

        // The meter's mark and a whichever-first plan's last service are somewhere before the year began.
        var lastCompleted = plan.Floating && plan.MeterKind is not null ? from.AddDays(-random.Next(30, 300)) : (DateOnly?)null;
        var readingAtCompletion = readingAtFrom is { } r && plan.MeterEvery is { } every ? Math.Round(r - (every * (decimal)(0.1 + (random.NextDouble() * 0.8)))) : (decimal?)null;
        var occurrences = PlanEngine.Forecast(schedule, new PlanState(lastCompleted, readingAtCompletion, null, false, readingAtFrom, use), from, from, today.AddDays(-1), max: 400);

        DateOnly? lastDone = null;
        for (var i = 0; i < occurrences.Count; i++)
        {
            var occurrence = occurrences[i];
            var created = occurrence.CreateOn(plan.LeadDays);
            var order = work.Create(PlanWorkOrders.For(plan, occurrence), DemoWork.At(created < from ? from : created, 5), PlanGeneration.ActorName);
            var recent = occurrence.Due >= today.AddDays(-5);
            var open = recent && (schedule.OneAtATime ? i == occurrences.Count - 1 : random.NextDouble() < 0.6);
            if (open)
            {
                if (random.NextDouble() < 0.5)
                {
                    work.MoveTo(order, WorkOrderStatus.InProgress, DemoWork.At(occurrence.Due, 8), manager);
                }

                if (schedule.OneAtATime)
                {
                    plan.OpenWorkOrderId = order.Id;
                }
            }
            else
            {
                var done = occurrence.Due.AddDays(random.Next(0, 3));
                done = done >= today ? today.AddDays(-1) : done;
                work.MoveTo(order, done > today.AddDays(-4) ? WorkOrderStatus.Done : WorkOrderStatus.Closed, DemoWork.At(done, 15), manager);
                lastDone = done;
            }

            Occur(plan, occurrence, order);
        }

        plan.LastGeneratedDue = occurrences.Count > 0 ? occurrences[^1].Due : null;
        plan.LastCompletedOn = lastDone ?? lastCompleted;
        if (plan.MeterKind is not null)
        {
            plan.ReadingAtLastCompletion = lastDone is { } d && readingAtFrom is { } start && use is { } perDay
                ? Math.Round(start + (decimal)(perDay * (d.DayNumber - from.DayNumber)))
                : readingAtCompletion;
        }

        plan.Reschedule(today);
    }

    /// <summary>The plan's last inspection on each of its assets (the same day: one visit of the body), and the observations it left.</summary>
    public void Statutory(MaintenancePlan plan, InspectionType type)
    {
        var months = plan.CalendarEvery ?? type.PeriodMonths;
        var roll = random.NextDouble();
        var dueDay = today.AddMonths(-months);
        DateOnly? last = roll switch
        {
            < 0.07 => null,
            < 0.25 => dueDay.AddDays(-random.Next(10, 80)),
            < 0.45 => dueDay.AddDays(random.Next(5, 55)),
            _ => dueDay.AddDays(random.Next(70, Math.Max(71, (months * 30) - 10))),
        };
        if (last is not { } inspected)
        {
            // Never inspected since it was registered: due since then.
            plan.Start = today.AddDays(-random.Next(5, 40));
            plan.Reschedule(today);
            return;
        }

        plan.Start = inspected;
        var occurrence = new Occurrence(inspected, DueBecause.Calendar);
        var order = work.Create(PlanWorkOrders.For(plan, occurrence), DemoWork.At(inspected.AddDays(-plan.LeadDays), 5), PlanGeneration.ActorName);
        work.MoveTo(order, WorkOrderStatus.Closed, DemoWork.At(inspected, 16), manager);
        Occur(plan, occurrence, order);
        (plan.LastGeneratedDue, plan.LastCompletedOn) = (inspected, inspected);

        var body = Bodies[random.Next(Bodies.Length)];
        foreach (var target in plan.Targets)
        {
            var inspection = new Inspection
            {
                OrganisationId = organisationId, InspectionTypeId = type.Id, AssetModule = target.AssetModule, AssetId = target.AssetId, AssetLabel = target.AssetLabel,
                SiteId = target.SiteId ?? plan.SiteId, Body = body, InspectedOn = inspected, RecordedBy = manager, RecordedAtUtc = DemoWork.At(inspected.AddDays(1), 10),
            };
            var findings = Findings.GetValueOrDefault(type.Code) ?? [];
            var count = findings.Length == 0 || random.NextDouble() > 0.3 ? 0 : random.Next(1, 3);
            foreach (var text in findings.OrderBy(_ => random.Next()).Take(count))
            {
                inspection.Observations.Add(Observation(plan, type, inspection, text));
            }

            db.Add(inspection);
        }

        plan.Reschedule(today);
    }

    /// <summary>An observation becomes a corrective work order; an old one has mostly been lifted since.</summary>
    private Observation Observation(MaintenancePlan plan, InspectionType type, Inspection inspection, string text)
    {
        var title = $"Observation — {type.Name}";
        var order = work.Create(
            new NewWorkOrder(WorkOrderType.Corrective, Priority.High, title.Length > PlanWorkOrders.TitleLength ? title[..PlanWorkOrders.TitleLength] : title, text, inspection.SiteId, inspection.AssetModule, inspection.AssetId,
                inspection.AssetLabel, null, null, null, plan.ServiceId, plan.TeamId, [], null, null, null, DemoWork.At(inspection.InspectedOn.AddDays(30), 22), [text]),
            DemoWork.At(inspection.InspectedOn.AddDays(1), 10), manager);
        var observation = new Observation { OrganisationId = organisationId, InspectionId = inspection.Id, Text = text, WorkOrderId = order.Id };
        if (inspection.InspectedOn < today.AddDays(-90) && random.NextDouble() < 0.75)
        {
            var lifted = inspection.InspectedOn.AddDays(random.Next(15, 60));
            work.MoveTo(order, WorkOrderStatus.Closed, DemoWork.At(lifted, 15), manager);
            (observation.LiftedOn, observation.LiftedBy) = (lifted, manager);
        }
        else if (random.NextDouble() < 0.4)
        {
            work.MoveTo(order, WorkOrderStatus.InProgress, DemoWork.At(inspection.InspectedOn.AddDays(random.Next(2, 20)), 9), manager);
        }

        return observation;
    }

    private void Occur(MaintenancePlan plan, Occurrence occurrence, WorkOrder order) => db.Add(new PlanOccurrence
    {
        OrganisationId = organisationId, PlanId = plan.Id, DueOn = occurrence.Due, Because = occurrence.Because, WorkOrderId = order.Id, CreatedAtUtc = order.CreatedAtUtc,
    });
}
