using Microsoft.Playwright;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (never a downloaded browser) driven by Playwright, headless, with the background-networking
/// flags this closed network needs; plus the steward UI host it browses.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public StewardUiFactory Ui { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: run scripts/setup.sh (installs Debian's chromium)."
            );
        }
        await ((IAsyncLifetime)Ui).InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        // Expectations wait until true; on a busy two-core CI machine a circuit's first render can take seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            }
        );
    }

    /// <summary>A fresh browser context (own cookies) signed in through the real login form.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = Ui.RootUri.ToString(),
                ViewportSize = new() { Width = 1440, Height = 900 },
            }
        );
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(StewardUiFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await ((IAsyncLifetime)Ui).DisposeAsync();
    }
}
