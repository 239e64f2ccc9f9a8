using Cmms.Buildings;
using Cmms.Costs;
using Cmms.Directory;
using Cmms.Fleet;
using Cmms.Gis;
using Cmms.GreenSpaces;
using Cmms.Roads;
using Cmms.Stock;
using Cmms.Works;
using Cmms.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddCmmsLogging();
builder.Services.AddCmmsDatabase(builder.Configuration, builder.Environment);
builder.Services.AddCmmsSecurity();
builder.Services.AddCmmsWeb();
builder.Services.AddCmmsMail(builder.Configuration);
builder.Services.AddDirectoryModule();
builder.Services.AddWorksModule();
builder.Services.AddFleetModule();
builder.Services.AddCmmsScheduling(builder.Configuration, builder.Environment);
builder.Services.AddBuildingsModule();
builder.Services.AddGisModule();
builder.Services.AddGreenSpacesModule();
builder.Services.AddRoadsModule();
builder.Services.AddStockModule();
builder.Services.AddCostsModule();

var app = builder.Build();

if (await app.RunSeedCommandAsync(args))
{
    return;
}

if (await Cmms.Works.Preventive.Generation.GenerationCommand.RunGenerationCommandAsync(app.Services, args, Console.Out))
{
    return;
}

app.UseCmmsPipeline();
app.MapCmmsHost();
app.MapDirectoryModule();
app.MapWorksModule();
app.MapFleetModule();
app.MapBuildingsModule();
app.MapGisModule();
app.MapGreenSpacesModule();
app.MapRoadsModule();
app.MapStockModule();
app.MapCostsModule();

await app.PrepareDatabaseAsync();
app.AnnounceStartup();
await app.RunAsync();

public partial class Program;
