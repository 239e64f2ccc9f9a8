using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Fleet.Workshop;
using Cmms.Kernel.Time;

namespace Cmms.Fleet.Demo;

/// <summary>What the demo generator needs of the directory, by code and name.</summary>
internal sealed record FleetReference(
    Guid OrganisationId, Guid DepotSiteId, IReadOnlyDictionary<string, Guid> Services, IReadOnlyDictionary<string, IReadOnlyList<string>> DriversByService,
    IReadOnlyList<string> Mechanics);

/// <summary>
/// A year in the life of a fleet, day by day: each vehicle is used on working days (mowers in the mowing season),
/// burns its fuel at its real consumption, is filled up when its tank runs low (now and then only partly), has its
/// meter read at the start of each month and at each fill, and stays in the workshop when a job says so. What
/// comes out obeys the module's rules: readings rise, a meter replacement bridges, amounts are to the cent.
/// </summary>
internal sealed class FleetHistory(Random random, FleetReference reference, DateTime nowUtc)
{
    private const string CardImport = "Import relevé carte carburant";

    public List<Vehicle> Vehicles { get; } = [];

    public List<MeterReading> Readings { get; } = [];

    public List<FuelEntry> Fuel { get; } = [];

    public List<WorkshopJob> Jobs { get; } = [];

    public List<VehicleStatusChange> StatusChanges { get; } = [];

    /// <summary>Jobs whose work order the seeder opens through Works once the history is stored, with their mechanic.</summary>
    public List<(WorkshopJob Job, Vehicle Vehicle, string Mechanic)> WorkOrdersToOpen { get; } = [];

    private DateOnly Today => DateOnly.FromDateTime(ParisTime.FromUtc(nowUtc));

    public void Generate(IReadOnlyList<DemoVehicle> fleet, IReadOnlyList<DemoJob> jobs, DemoJob? current, string? outOfService, string outOfServiceReason, int outOfServiceDaysAgo)
    {
        foreach (var definition in fleet)
        {
            var stays = jobs.Where(j => j.Number == definition.Number).ToList();
            var here = current?.Number == definition.Number ? current : null;
            var broken = definition.Number == outOfService ? Today.AddDays(-outOfServiceDaysAgo) : (DateOnly?)null;
            Generate(definition, stays, here, broken, outOfServiceReason);
        }
    }

    private void Generate(DemoVehicle d, List<DemoJob> stays, DemoJob? current, DateOnly? brokenOn, string brokenReason)
    {
        var acquired = new DateOnly(d.Year, random.Next(1, 13), random.Next(1, 29));
        var registered = Categories.IsRegistered(d.Category) || d.Category == VehicleCategory.Trailer;
        var vehicle = new Vehicle
        {
            OrganisationId = reference.OrganisationId, InternalNumber = d.Number, Label = d.Label, Brand = d.Brand, Model = d.Model, Category = d.Category,
            Fuel = d.Fuel, ServiceId = reference.Services[d.Service], SiteId = reference.DepotSiteId, AcquiredOn = acquired, AcquisitionCost = d.Cost,
            Registration = registered ? Plate(d.Year) : null, Vin = Categories.IsRegistered(d.Category) ? Vin(d.Brand) : null,
            Status = VehicleStatus.Available, StatusSinceUtc = Paris(acquired, 8, 0),
        };
        vehicle.RefreshSearchKey();
        VehicleRegister.ApplyMeters(vehicle, Categories.DefaultMeters(d.Category));
        foreach (var meter in vehicle.Meters)
        {
            meter.OrganisationId = reference.OrganisationId;
        }

        Vehicles.Add(vehicle);
        StatusChanges.Add(new VehicleStatusChange
        {
            OrganisationId = reference.OrganisationId, VehicleId = vehicle.Id, AtUtc = vehicle.StatusSinceUtc, To = VehicleStatus.Available, ByName = "Reprise du registre",
        });

        var main = Units.Main(vehicle.Meters);
        var drivers = reference.DriversByService.GetValueOrDefault(d.Service) is { Count: > 0 } list ? list : reference.Mechanics;
        var driver = drivers[random.Next(drivers.Count)];
        var card = $"7002 4512 {random.Next(1000, 9999)} {random.Next(1000, 9999)}";
        var start = Today.AddDays(-365);
        var years = Math.Max(0.3, (start.DayNumber - acquired.DayNumber) / 365.0);
        var lifetime = Math.Round(d.YearlyUse * years * (0.85 + random.NextDouble() * 0.3), 1);
        var offset = 0m;
        var tank = d.Tank * (0.5 + random.NextDouble() * 0.4);
        var perUnit = main?.Kind == MeterKind.Km ? d.Consumption / 100 : d.Consumption;
        var daily = d.YearlyUse / 250;

        var stayDays = stays.Select(s => (Job: s, From: Today.AddDays(-s.DaysAgo), To: Today.AddDays(-s.DaysAgo + s.Days))).ToList();
        var currentFrom = current is null ? (DateOnly?)null : Today.AddDays(-current.DaysAgo);
        var open = new Dictionary<DemoJob, WorkshopJob>();

        // Readings: what the meter shows is the lifetime less the offset of the meter fitted now.
        MeterReading? Read(DateTime at, ReadingSource source, string by)
        {
            if (main is null)
            {
                return null;
            }

            var value = Round(lifetime, main.Kind) - offset;
            var reading = new MeterReading
            {
                OrganisationId = reference.OrganisationId, VehicleId = vehicle.Id, MeterId = main.Id, ReadAtUtc = at, Value = value, Lifetime = value + offset,
                Source = source, EnteredBy = by, EnteredAtUtc = at,
            };
            Readings.Add(reading);
            return reading;
        }

        for (var day = start; day < Today; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var mechanic = reference.Mechanics[day.DayNumber % reference.Mechanics.Count];
            if (weekday && IsFirstWeekday(day) && main is not null)
            {
                Read(Paris(day, 7, 45), ReadingSource.Manual, driver);
            }

            foreach (var stay in stayDays.Where(s => s.From == day))
            {
                var intake = Paris(day, 8, 10);
                var reading = Read(intake, ReadingSource.WorkshopIntake, mechanic);
                open[stay.Job] = Intake(vehicle, intake, stay.Job.Reason, reading, main?.Kind, mechanic);
            }

            if (currentFrom == day)
            {
                var intake = Paris(day, 8, 5);
                var reading = Read(intake, ReadingSource.WorkshopIntake, current!.Mechanic ?? mechanic);
                var job = Intake(vehicle, intake, current.Reason, reading, main?.Kind, current.Mechanic ?? mechanic);
                WorkOrdersToOpen.Add((job, vehicle, current.Mechanic ?? mechanic));
            }

            if (brokenOn == day)
            {
                StatusChanges.Add(VehicleStatusChange.Move(vehicle, VehicleStatus.OutOfService, Paris(day, 9, 30), reference.Mechanics[0], brokenReason));
            }

            var away = stayDays.Any(s => day >= s.From && day <= s.To) || (currentFrom is { } c && day >= c) || (brokenOn is { } b && day >= b);
            if (!away && weekday && main is not null)
            {
                var use = daily * SeasonFactor(d.Season, day.Month) * (0.4 + random.NextDouble() * 1.2);
                lifetime += use;
                tank -= use * perUnit * (0.92 + random.NextDouble() * 0.16);
                if (d.Tank > 0 && tank < d.Tank * 0.25)
                {
                    tank = Fill(vehicle, d, day, tank, driver, card, Read);
                }
            }

            if (d.Fuel == FuelType.Electric && day.DayOfWeek == DayOfWeek.Friday && !away)
            {
                Read(Paris(day, 17, 0), ReadingSource.Manual, driver);
            }

            foreach (var stay in stayDays.Where(s => s.To == day))
            {
                var job = open[stay.Job];
                var mechanicName = stay.Job.Mechanic ?? job.OpenedBy;
                if (stay.Job.ReplacesMeter && main is not null)
                {
                    // The old odometer's last figure, then the new one fitted at 0: lifetimes carry on.
                    var final = Round(lifetime, main.Kind) - offset;
                    offset += final;
                    Readings.Add(new MeterReading
                    {
                        OrganisationId = reference.OrganisationId, VehicleId = vehicle.Id, MeterId = main.Id, ReadAtUtc = Paris(day, 16, 0), Value = 0,
                        Lifetime = offset, Source = ReadingSource.Manual, IsReplacement = true, OldMeterFinalValue = final, EnteredBy = mechanicName,
                        EnteredAtUtc = Paris(day, 16, 0),
                    });
                }

                var released = Paris(day, 16, 30);
                (job.ReleasedAtUtc, job.ReleasedBy, job.ReleaseNote) = (released, mechanicName, "Travaux terminés, essai routier fait.");
                StatusChanges.Add(VehicleStatusChange.Move(vehicle, VehicleStatus.Available, released, mechanicName, job.ReleaseNote, job.Id));
                if (stay.Job.OpensWorkOrder)
                {
                    WorkOrdersToOpen.Add((job, vehicle, mechanicName));
                }
            }
        }

        if (main is not null && Readings.Where(r => r.MeterId == main.Id).OrderBy(r => r.ReadAtUtc).ThenBy(r => r.Lifetime).LastOrDefault() is { } last)
        {
            (main.LastValue, main.LastLifetime, main.LastReadAtUtc) = (last.Value, last.Lifetime, last.ReadAtUtc);
            main.Sequence = Readings.Count(r => r.MeterId == main.Id);
        }
    }

    private WorkshopJob Intake(Vehicle vehicle, DateTime at, string reason, MeterReading? reading, MeterKind? kind, string mechanic)
    {
        var job = new WorkshopJob
        {
            OrganisationId = reference.OrganisationId, VehicleId = vehicle.Id, IntakeAtUtc = at, Reason = reason, IntakeReadingId = reading?.Id,
            IntakeMeterValue = reading?.Value, IntakeMeterKind = reading is null ? null : kind, OpenedBy = mechanic, UpdatedAtUtc = at, UpdatedBy = mechanic, Version = 1,
        };
        Jobs.Add(job);
        StatusChanges.Add(VehicleStatusChange.Move(vehicle, VehicleStatus.InWorkshop, at, mechanic, reason, job.Id));
        return job;
    }

    /// <summary>A fill in the afternoon: usually a full tank at the depot's pump or with the card, now and then 20 litres only.</summary>
    private double Fill(Vehicle vehicle, DemoVehicle d, DateOnly day, double tank, string driver, string card, Func<DateTime, ReadingSource, string, MeterReading?> read)
    {
        var at = Paris(day, 16, random.Next(0, 50));
        var partial = random.NextDouble() < 0.12;
        var litres = Math.Round((decimal)(partial ? Math.Min(d.Tank - tank, 15 + random.NextDouble() * 15) : d.Tank - tank), 2);
        var atPump = d.Fuel is FuelType.Diesel or FuelType.Hvo && random.NextDouble() < 0.8;
        var price = Price(d.Fuel, day, atPump);
        var reading = read(at, ReadingSource.Fuel, atPump ? driver : CardImport);
        Fuel.Add(new FuelEntry
        {
            OrganisationId = reference.OrganisationId, VehicleId = vehicle.Id, FilledAtUtc = at, Litres = litres, UnitPrice = price,
            Amount = FuelEntry.AmountOf(litres, price), FullTank = !partial, Source = atPump ? FuelSource.Pump : FuelSource.Card,
            Pump = atPump ? (d.Fuel == FuelType.Hvo ? "Cuve HVO du CTM" : "Cuve gazole du CTM") : null, CardNumber = atPump ? null : card,
            ReadingId = reading?.Id, MeterId = reading?.MeterId, MeterValue = reading?.Value, MeterLifetime = reading?.Lifetime,
            EnteredBy = atPump ? driver : CardImport, EnteredAtUtc = at,
        });
        return tank + (double)litres;
    }

    /// <summary>Pump prices of the year: the depot's bulk diesel is cheaper than the stations the cards pay.</summary>
    private decimal Price(FuelType fuel, DateOnly day, bool atPump)
    {
        var season = 0.06 * Math.Sin((day.Month - 3) * Math.PI / 6);
        var basePrice = fuel switch { FuelType.Petrol => 1.84, FuelType.Hvo => 1.97, _ => 1.66 } + season + (random.NextDouble() - 0.5) * 0.05;
        return Math.Round((decimal)(atPump ? basePrice - 0.11 : basePrice), 3);
    }

    private static double SeasonFactor(Season season, int month) => season switch
    {
        Season.Mowing => month is >= 4 and <= 10 ? 1.6 : 0.15,
        Season.Growing => month is >= 3 and <= 11 ? 1.25 : 0.35,
        _ => 1.0,
    };

    private static bool IsFirstWeekday(DateOnly day)
    {
        for (var d = new DateOnly(day.Year, day.Month, 1); d < day; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return false;
            }
        }

        return true;
    }

    private static decimal Round(double lifetime, MeterKind kind) => Math.Round((decimal)lifetime, kind == MeterKind.Km ? 0 : 1);

    private static DateTime Paris(DateOnly day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), ParisTime.Zone);

    /// <summary>A plate of the series issued around the year of purchase (SIV letters go up about ten pairs a year).</summary>
    private string Plate(int year)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTVWXYZ";
        string[] series = ["CR", "DF", "DQ", "EB", "EN", "FA", "FK", "FT", "GB", "GK", "GT", "HB"];
        var left = series[Math.Clamp(year - 2013, 0, series.Length - 1)];
        string right;
        do
        {
            right = $"{letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}";
        }
        while (right == "SS");

        return $"{left}-{random.Next(1, 1000):000}-{right}";
    }

    private string Vin(string brand)
    {
        const string characters = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        var maker = brand switch
        {
            "Renault" => "VF1", "Peugeot" => "VF3", "Citroën" => "VF7", "Dacia" => "UU1", "Iveco" => "ZCF", "Renault Trucks" => "VF6",
            "Mercedes-Benz" => "WDB", "Toyota" => "AHT", "John Deere" => "1L0", "Kubota" => "KBC", "New Holland" => "ZFH", _ => "VF9",
        };
        return maker + string.Concat(Enumerable.Range(0, 14).Select(_ => characters[random.Next(characters.Length)]));
    }
}
