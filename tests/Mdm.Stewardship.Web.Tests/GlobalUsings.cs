// What every page test of the steward UI reads: bUnit, the pages, the roles and the test host.
global using Bunit;
global using Mdm.Core;
global using Mdm.Core.GoldenRecords;
global using Mdm.Stewardship.Web.Accounts;
global using Mdm.Stewardship.Web.Components.Pages;
global using Mdm.Stewardship.Web.Tests.Infrastructure;
