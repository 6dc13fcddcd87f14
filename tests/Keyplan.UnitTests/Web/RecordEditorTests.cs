using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Web.Components;

namespace Keyplan.UnitTests.Web;

public sealed class RecordEditorTests
{
    private static readonly ContactDetails Contact = new(7, 1, "Greta", "Hansen", "Greta Hansen", null, null, null, null, null, null, null, null, Version: 3);

    [Fact]
    public async Task Save_AfterAConflict_IsStale_AndOverwriteUsesTheVersionTheUserHasSeen()
    {
        using var editor = new RecordEditor<ContactInput, ContactDetails>(c => c.Version);
        editor.Open(Contact, ContactInput.From(Contact));
        var versions = new List<int?>();

        await editor.SaveAsync(version => { versions.Add(version); return Task.FromResult<Failure?>(new Failure.Stale(5)); });
        var staleAfterFirst = editor.IsStale;
        await editor.SaveAsync(version => { versions.Add(version); return Task.FromResult<Failure?>(null); }, overwrite: true);

        Assert.True(staleAfterFirst);
        Assert.Equal([3, 5], versions);
        Assert.Equal("Greta", editor.Input!.FirstName);
    }

    [Fact]
    public async Task Save_WithFieldErrors_ShowsThemAtTheFieldsAndKeepsTheInput()
    {
        using var editor = new RecordEditor<ContactInput, ContactDetails>(c => c.Version);
        editor.Open(null, new ContactInput { FirstName = "Ann", Email = "nope" });

        var failure = await editor.SaveAsync(version =>
        {
            Assert.Null(version);
            return Task.FromResult<Failure?>(Failure.Invalid.For("email", "Not a valid e-mail address."));
        });

        Assert.IsType<Failure.Invalid>(failure);
        Assert.Equal(["Not a valid e-mail address."], editor.EditContext!.GetValidationMessages(new Microsoft.AspNetCore.Components.Forms.FieldIdentifier(editor.Input!, nameof(ContactInput.Email))));
        Assert.Equal("nope", editor.Input!.Email);
        Assert.False(editor.IsStale);
    }
}
