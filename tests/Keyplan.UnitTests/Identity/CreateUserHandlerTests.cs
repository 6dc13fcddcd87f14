using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Identity;

public sealed class CreateUserHandlerTests : IAsyncLifetime
{
    private const string GoodPassword = "Correct-Horse-9";
    private InMemoryKeyplan _keyplan = null!;

    public async Task InitializeAsync()
    {
        _keyplan = await InMemoryKeyplan.CreateAsync();
        await using var scope = _keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        db.BusinessAreas.Add(new BusinessArea { Name = "Industrial Automation", Code = "IA" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _keyplan.DisposeAsync();

    [Fact]
    public async Task Handle_ValidRequest_CreatesUserWithCanonicalRoleAndBusinessArea()
    {
        var result = await HandleAsync(new CreateUserRequest(" anna@example.com ", "Anna Berger", "keyaccountmanager", "ia", GoodPassword));

        Assert.True(result.Succeeded);
        await using var scope = _keyplan.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(result.Value!);
        Assert.NotNull(user);
        Assert.Equal("anna@example.com", user.UserName);
        Assert.Equal("Anna Berger", user.DisplayName);
        Assert.NotNull(user.BusinessAreaId);
        Assert.Equal([Roles.KeyAccountManager], await users.GetRolesAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, GoodPassword));
    }

    [Fact]
    public async Task Handle_UnknownRole_ReturnsRoleErrorListingTheRoles()
    {
        var errors = await ErrorsAsync(new CreateUserRequest("anna@example.com", "Anna", "Boss", null, GoodPassword));

        Assert.Equal(["role"], errors.Keys);
        Assert.Equal(ValidationText.Format(nameof(ValidationText.UnknownRole), string.Join(", ", Roles.All)), Assert.Single(errors["role"]));
    }

    [Fact]
    public async Task Handle_UnknownBusinessAreaCode_ReturnsBusinessAreaError()
    {
        var errors = await ErrorsAsync(new CreateUserRequest("anna@example.com", "Anna", Roles.KeyAccountManager, "XX", GoodPassword));

        Assert.Equal(["businessAreaCode"], errors.Keys);
        Assert.Equal(ValidationText.UnknownBusinessArea, Assert.Single(errors["businessAreaCode"]));
    }

    [Fact]
    public async Task Handle_BusinessAreaManagerWithoutArea_ReturnsBusinessAreaRequired()
    {
        var errors = await ErrorsAsync(new CreateUserRequest("anna@example.com", "Anna", Roles.BusinessAreaManager, null, GoodPassword));

        Assert.Equal(ValidationText.Required, Assert.Single(errors["businessAreaCode"]));
    }

    [Fact]
    public async Task Handle_WeakPassword_ReturnsTheLocalizedPasswordRules()
    {
        var errors = await ErrorsAsync(new CreateUserRequest("anna@example.com", "Anna", Roles.TeamMember, null, "short"));

        Assert.Equal(["password"], errors.Keys);
        Assert.Equal(ValidationText.PasswordRules, Assert.Single(errors["password"]));
    }

    [Fact]
    public async Task Handle_DuplicateEmail_ReturnsEmailErrorAndCreatesNoSecondUser()
    {
        Assert.True((await HandleAsync(new CreateUserRequest("anna@example.com", "Anna", Roles.TeamMember, null, GoodPassword))).Succeeded);

        var errors = await ErrorsAsync(new CreateUserRequest("ANNA@example.com", "Anna Two", Roles.TeamMember, null, GoodPassword));

        Assert.Equal(["email"], errors.Keys);
        Assert.Equal(1, await _keyplan.WithAsync<KeyplanDbContext, int>(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Handle_SeveralProblems_ReportsEachField()
    {
        var errors = await ErrorsAsync(new CreateUserRequest("not-an-address", " ", "Boss", "XX", "short"));

        Assert.Equal(["businessAreaCode", "displayName", "email", "password", "role"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ValidationText.Email, Assert.Single(errors["email"]));
    }

    private Task<Result<string>> HandleAsync(CreateUserRequest request) =>
        _keyplan.WithAsync<CreateUserHandler, Result<string>>(handler => handler.HandleAsync(request, CancellationToken.None));

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsAsync(CreateUserRequest request)
    {
        var result = await HandleAsync(request);
        return Assert.IsType<Failure.Invalid>(result.Failure).Errors;
    }
}
