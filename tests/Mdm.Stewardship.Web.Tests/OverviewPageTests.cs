using System.Text.Json;
using Bunit;
using Mdm.Core;
using Mdm.Core.SourceRecords;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Components.Pages;
using Mdm.Stewardship.Web.Tests.Infrastructure;

namespace Mdm.Stewardship.Web.Tests;

public sealed class OverviewPageTests(StewardUiFactory factory) : StewardComponentTest(factory)
{
    [Fact]
    public async Task Overview_CountsActiveGoldenRecordsAndLiveSourceRecords()
    {
        await Factory.ResetAsync();
        foreach (var id in new[] { "P-1", "P-2", "P-3" })
        {
            using var json = JsonDocument.Parse($$"""{"sourceSystem":"pos","sourceId":"{{id}}"}""");
            await Factory.Mediator.Send(
                new IngestSourceRecord(json.RootElement, SourceRecordJson.Read(json.RootElement), Actor.System)
            );
        }
        SignInAs(StewardRoles.Viewer);

        var page = Render<Home>();

        page.WaitForAssertion(() => Assert.Equal("3", page.Find("[data-testid=active-golden]").TextContent));
    }
}
