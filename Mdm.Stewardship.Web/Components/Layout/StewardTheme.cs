using MudBlazor;

namespace Mdm.Stewardship.Web.Components.Layout;

/// <summary>Colours with at least 4.5:1 contrast on white for text and focus rings.</summary>
public static class StewardTheme
{
    public static MudTheme Theme { get; } =
        new()
        {
            PaletteLight = new PaletteLight
            {
                Primary = "#1f4e79",
                Secondary = "#6a1b9a",
                Success = "#1b5e20",
                Error = "#b71c1c",
                Warning = "#8a5300",
                AppbarBackground = "#1f4e79",
            },
        };
}
