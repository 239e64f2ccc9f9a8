using Cmms.Directory;
using Cmms.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddCmmsLogging();
builder.Services.AddCmmsDatabase(builder.Configuration, builder.Environment);
builder.Services.AddCmmsSecurity();
builder.Services.AddCmmsWeb();
builder.Services.AddDirectoryModule();

var app = builder.Build();

app.UseCmmsPipeline();
app.MapCmmsHost();
app.MapDirectoryModule();

await app.PrepareDatabaseAsync();
app.AnnounceStartup();
await app.RunAsync();

public partial class Program;
