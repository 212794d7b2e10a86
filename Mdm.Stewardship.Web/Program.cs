using Mdm.Core.Hosting;
using Mdm.Stewardship.Web;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddMdmStewardship();

var app = builder.Build();
app.UseMdmStewardshipPipeline();
app.MapMdmHealthEndpoints();
app.MapStewardAccountEndpoints();
app.MapMdmJobDashboard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to the UI tests' host factory.</summary>
public partial class Program;
