using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace Keyplan.Web.Components;

/// <summary>
/// A text box or text area that updates its value on every keystroke (InputText waits for the field to lose focus), so an
/// autosaving form can save shortly after the user stops typing.
/// </summary>
public sealed class LiveText : InputBase<string?>
{
    /// <summary>A text area instead of a one-line text box.</summary>
    [Parameter]
    public bool Multiline { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, Multiline ? "textarea" : "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        builder.AddAttribute(2, "class", (Multiline ? "rz-textarea " : "rz-textbox ") + CssClass);
        builder.AddAttribute(3, "value", CurrentValueAsString);
        builder.AddAttribute(4, "oninput", EventCallback.Factory.CreateBinder<string?>(this, value => CurrentValueAsString = value, CurrentValueAsString));
        builder.SetUpdatesAttributeName("value");
        builder.CloseElement();
    }

    protected override bool TryParseValueFromString(string? value, out string? result, [NotNullWhen(false)] out string? validationErrorMessage)
    {
        result = string.IsNullOrEmpty(value) ? null : value;
        validationErrorMessage = null;
        return true;
    }
}
