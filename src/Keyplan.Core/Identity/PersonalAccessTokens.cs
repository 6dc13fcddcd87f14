using System.Security.Cryptography;
using System.Text;
using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Identity;

public sealed record CreatedToken(int Id, string Name, string Secret, DateTimeOffset? ExpiresAt);

/// <summary>Creates and checks personal access tokens. The secret is random, prefixed "kp_", stored only as a hash.</summary>
public sealed class PersonalAccessTokenService(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<CreatedToken> CreateAsync(string userId, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var secret = PersonalAccessToken.SecretPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = name,
            TokenHash = Hash(secret),
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedToken(token.Id, name, secret, expiresAt);
    }

    /// <summary>The user the secret belongs to, if the token exists, is not revoked and has not expired.</summary>
    public async Task<User?> FindUserAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(PersonalAccessToken.SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await db.PersonalAccessTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now))
        {
            return null;
        }

        // Recording every use would write on every request; once a minute is enough to see that a token is alive.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token.User;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
