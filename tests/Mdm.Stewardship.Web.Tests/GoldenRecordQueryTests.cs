using Mdm.Core.Persistence;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The Core queries behind the golden-record pages, through the mediator over a real PostgreSQL.</summary>
public sealed class GoldenRecordQueryTests(StewardUiFactory factory) : IClassFixture<StewardUiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ListGoldenRecordsBySourceId_BareSourceId_FindsTheHoldersInEverySystem()
    {
        var crm = await factory.IngestPersonAsync("crm", "C-1", "Maria", "Delgado", "maria@example.com");
        var pos = await factory.IngestPersonAsync("pos", "C-1", "John", "Stone", "john@example.com");
        await factory.IngestPersonAsync("pos", "C-2", "Ana", "Lopez", "ana@example.com");

        var found = await factory.Mediator.Send(new ListGoldenRecordsBySourceId(" C-1 "));

        Assert.Equal(new[] { crm.GoldenId, pos.GoldenId }.Order(), found.Select(g => g.Id).Order());
    }

    [Fact]
    public async Task ListGoldenRecordsBySourceId_SystemSlashSourceId_FindsOnlyThatSystemsHolder()
    {
        await factory.IngestPersonAsync("crm", "C-1", "Maria", "Delgado", "maria@example.com");
        var pos = await factory.IngestPersonAsync("pos", "C-1", "John", "Stone", "john@example.com");

        var found = await factory.Mediator.Send(new ListGoldenRecordsBySourceId("pos/C-1"));

        Assert.Equal(pos.GoldenId, Assert.Single(found).Id);
    }

    [Fact]
    public async Task ListGoldenRecordsBySourceId_SourceIdWithASlash_IsFoundWhole()
    {
        var result = await factory.IngestPersonAsync("erp", "ACME/42", "Maria", "Delgado", "maria@example.com");

        Assert.Equal(
            result.GoldenId,
            Assert.Single(await factory.Mediator.Send(new ListGoldenRecordsBySourceId("ACME/42"))).Id
        );
        Assert.Equal(
            result.GoldenId,
            Assert.Single(await factory.Mediator.Send(new ListGoldenRecordsBySourceId("erp/ACME/42"))).Id
        );
    }

    [Theory]
    [InlineData("")]
    [InlineData("C-9")]
    [InlineData("crm/")]
    [InlineData("Maria Delgado")]
    public async Task ListGoldenRecordsBySourceId_NoSuchSourceRecord_FindsNothing(string text)
    {
        await factory.IngestPersonAsync("crm", "C-1", "Maria", "Delgado", "maria@example.com");

        Assert.Empty(await factory.Mediator.Send(new ListGoldenRecordsBySourceId(text)));
    }

    [Fact]
    public async Task ListGoldenRecordsBySourceId_DetachedSourceRecord_IsNotFound()
    {
        await factory.IngestPersonAsync("crm", "C-1", "Maria", "Delgado", "maria@example.com");
        await factory.Mediator.Send(new Mdm.Core.SourceRecords.DetachSourceRecord("crm", "C-1", Actor.System));

        Assert.Empty(await factory.Mediator.Send(new ListGoldenRecordsBySourceId("crm/C-1")));
    }

    [Fact]
    public async Task ListGoldenSources_TwoMatchedSourceRecords_ListsBothWithLinkAndPayload()
    {
        var first = await factory.IngestPersonAsync("crm", "CRM-1", "Maria", "Delgado", "maria@example.com");
        var second = await factory.IngestPersonAsync("ecommerce", "WEB-7", "Maria", "Delgado", "maria@example.com");
        Assert.Equal(first.GoldenId, second.GoldenId);

        var sources = await factory.Mediator.Send(new ListGoldenSources(first.GoldenId));

        Assert.Equal(["crm/CRM-1", "ecommerce/WEB-7"], sources.Select(s => $"{s.SourceSystem}/{s.SourceId}"));
        Assert.All(sources, s => Assert.Equal(LinkClass.Automatic, s.LinkClass));
        Assert.All(sources, s => Assert.Equal("Delgado", s.Payload.Name?.Family));
        Assert.All(sources, s => Assert.Equal(1, s.Version));
        Assert.Equal("ecommerce", sources[1].Payload.SourceSystem);
    }

    [Fact]
    public async Task ListGoldenSources_AfterASplit_ListsTheMovedSourceRecordAsAStewardLinkOfTheNewGoldenRecord()
    {
        var first = await factory.IngestPersonAsync("crm", "CRM-1", "Maria", "Delgado", "maria@example.com");
        await factory.IngestPersonAsync("ecommerce", "WEB-7", "Maria", "Delgado", "maria@example.com");
        var split = await factory.Mediator.Send(
            new SplitGoldenRecord(first.GoldenId, [new SourceRef("ecommerce", "WEB-7")], new Actor("steward:test"))
        );

        var left = await factory.Mediator.Send(new ListGoldenSources(first.GoldenId));
        var moved = Assert.Single(await factory.Mediator.Send(new ListGoldenSources(split.NewGoldenId!.Value)));

        Assert.Equal("CRM-1", Assert.Single(left).SourceId);
        Assert.Equal(("WEB-7", LinkClass.Steward, "steward:test"), (moved.SourceId, moved.LinkClass, moved.LinkedBy));
    }

    [Fact]
    public async Task ListGoldenSources_UnknownGoldenRecord_IsEmpty()
    {
        Assert.Empty(await factory.Mediator.Send(new ListGoldenSources(Guid.NewGuid())));
    }
}
