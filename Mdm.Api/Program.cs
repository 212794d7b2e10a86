using Mdm.Api;
using Mdm.Api.Endpoints;
using Mdm.Core.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMdmApi();

var app = builder.Build();
app.UseMdmApiPipeline();
app.MapMdmHealthEndpoints();
app.MapMdmApiDocs();
var api = app.MapGroup("/api/v1").RequireAuthorization();
api.MapSourceRecordEndpoints();
api.MapImportEndpoints();
api.MapReconciliationEndpoints();
api.MapGoldenRecordEndpoints();
api.MapGoldenRecordHistoryEndpoints();
api.MapMatchReviewEndpoints();
api.MapChangeEndpoints();
api.MapGoldenPinEndpoints();
api.MapConsentEndpoints();
api.MapMatchEndpoints();
api.MapXrefEndpoints();
api.MapApiKeyEndpoints();
api.MapSubscriptionEndpoints();
api.MapSubscriptionDeliveryEndpoints();

app.Run();

/// <summary>Visible to the integration tests' host factory.</summary>
public partial class Program;
