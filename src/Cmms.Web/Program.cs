using Cmms.Directory;
using Cmms.GreenSpaces;
using Cmms.Roads;
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
builder.Services.AddGreenSpacesModule();
builder.Services.AddRoadsModule();

var app = builder.Build();

if (await app.RunSeedCommandAsync(args))
{
    return;
}

app.UseCmmsPipeline();
app.MapCmmsHost();
app.MapDirectoryModule();
app.MapWorksModule();
app.MapGreenSpacesModule();
app.MapRoadsModule();

await app.PrepareDatabaseAsync();
app.AnnounceStartup();
await app.RunAsync();

public partial class Program;
