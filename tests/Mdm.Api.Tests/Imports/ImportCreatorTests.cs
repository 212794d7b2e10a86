using System.Net;
using System.Text;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core;
using Mdm.Core.Imports;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Imports;

/// <summary>Who started an import, as channel systems see it.</summary>
public sealed class ImportCreatorTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task ImportStartedByASteward_ShowsOnlyThatAStewardStartedIt()
    {
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes("""{"sourceId":"C-1"}"""));
        var started = await Factory
            .Services.GetRequiredService<IMediator>()
            .Send(new StartImport("crm", "crm.jsonl", file, new Actor("steward:ana.steward@example.com")));

        var one = await (await Admin.GetAsync($"/api/v1/imports/{started.ImportId}")).Expect(HttpStatusCode.OK);
        var list = await (await Admin.GetAsync("/api/v1/imports")).Expect(HttpStatusCode.OK);

        Assert.Equal("steward", one["createdBy"]!.GetValue<string>());
        Assert.DoesNotContain("ana.steward", list.ToJsonString(), StringComparison.Ordinal);
    }
}
