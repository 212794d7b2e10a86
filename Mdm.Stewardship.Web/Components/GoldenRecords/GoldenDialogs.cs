using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Mdm.Stewardship.Web.Components.GoldenRecords;

public static class GoldenDialogs
{
    /// <summary>Shows a steward's action dialog; the change it made, or null when it was cancelled.</summary>
    public static async Task<GoldenChange?> ShowChangeAsync<TDialog>(
        this IDialogService dialogs,
        string title,
        DialogParameters<TDialog> parameters
    )
        where TDialog : IComponent
    {
        var options = new DialogOptions
        {
            CloseOnEscapeKey = true,
            MaxWidth = MaxWidth.Small,
            FullWidth = true,
        };
        var dialog = await dialogs.ShowAsync<TDialog>(title, parameters, options);
        return await dialog.Result is { Canceled: false, Data: GoldenChange change } ? change : null;
    }
}
