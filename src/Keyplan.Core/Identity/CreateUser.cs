using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Data;
using Keyplan.Core.Organisation;
using Keyplan.Core.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Identity;

/// <summary>An administrator's request to create a sign-in; the e-mail address is also the user name.</summary>
public sealed record CreateUserRequest(string Email, string DisplayName, string Role, string? BusinessAreaCode, string Password);

/// <summary>Creates a user with one role. Every problem is reported per field, so a caller can fix them all at once.</summary>
public sealed class CreateUserHandler(KeyplanDbContext db, UserManager<User> users, RoleManager<IdentityRole> roles)
{
    /// <returns>The new user's id, or <see cref="Failure.Invalid"/> keyed email, displayName, role, businessAreaCode, password.</returns>
    public async Task<Result<string>> HandleAsync(CreateUserRequest request, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        var email = request.Email.Trim();
        var displayName = request.DisplayName.Trim();
        var role = Roles.Normalize(request.Role.Trim());

        await ValidateEmailAsync(email, errors);
        ValidateDisplayName(displayName, errors);
        if (role is null)
        {
            errors.Add(nameof(request.Role), ValidationText.Format(nameof(ValidationText.UnknownRole), string.Join(", ", Roles.All)));
        }

        var businessArea = await FindBusinessAreaAsync(request.BusinessAreaCode, role, errors, cancellationToken);
        var user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            // An administrator creates the sign-in for a known colleague; Keyplan sends no confirmation mail.
            EmailConfirmed = true,
            BusinessAreaId = businessArea?.Id,
        };
        await ValidatePasswordAsync(user, request.Password, errors);
        if (errors.ToFailure() is { } invalid)
        {
            return invalid;
        }

        await RoleSetup.EnsureRolesAsync(roles, cancellationToken);

        // A user without their role would be a sign-in that can do nothing; create both or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            // Only a race with another creation of the same address gets here; the checks above passed.
            return ToFailure(created);
        }

        (await users.AddToRoleAsync(user, role!)).EnsureSucceeded($"add {email} to role {role}");
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    private async Task ValidateEmailAsync(string email, ErrorCollector errors)
    {
        if (email.Length == 0)
        {
            errors.Add(nameof(CreateUserRequest.Email), ValidationText.Required);
        }
        else if (!new EmailAddressAttribute().IsValid(email))
        {
            errors.Add(nameof(CreateUserRequest.Email), ValidationText.Email);
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(CreateUserRequest.Email), ValidationText.DuplicateEmail);
        }
    }

    private static void ValidateDisplayName(string displayName, ErrorCollector errors)
    {
        if (displayName.Length == 0)
        {
            errors.Add(nameof(CreateUserRequest.DisplayName), ValidationText.Required);
        }
        else if (displayName.Length > User.DisplayNameMaxLength)
        {
            errors.Add(nameof(CreateUserRequest.DisplayName),
                ValidationText.Format(nameof(ValidationText.MaxLength), nameof(CreateUserRequest.DisplayName), User.DisplayNameMaxLength));
        }
    }

    private async Task<BusinessArea?> FindBusinessAreaAsync(
        string? code, string? role, ErrorCollector errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            // A Business Area Manager without an area would see no area at all (AccountAccess.VisibleTo).
            if (role == Roles.BusinessAreaManager)
            {
                errors.Add(nameof(CreateUserRequest.BusinessAreaCode), ValidationText.Required);
            }

            return null;
        }

        var normalized = code.Trim().ToLowerInvariant();
        var businessArea = await db.BusinessAreas.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Code.ToLower() == normalized, cancellationToken);
        if (businessArea is null)
        {
            errors.Add(nameof(CreateUserRequest.BusinessAreaCode), ValidationText.UnknownBusinessArea);
        }

        return businessArea;
    }

    private async Task ValidatePasswordAsync(User user, string password, ErrorCollector errors)
    {
        // Identity describes each broken rule in English only; one localized sentence names all the rules.
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, user, password)).Succeeded)
            {
                errors.Add(nameof(CreateUserRequest.Password), ValidationText.PasswordRules);
                return;
            }
        }
    }

    private static Failure.Invalid ToFailure(IdentityResult result)
    {
        var errors = new ErrorCollector();
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal)
                ? nameof(CreateUserRequest.Password)
                : nameof(CreateUserRequest.Email);
            errors.Add(field, error.Description);
        }

        return errors.ToFailure()!;
    }
}
