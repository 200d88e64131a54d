using System.Security.Cryptography;
using System.Text;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Which configured API key a request presents (<c>Authorization: Bearer key</c>), for the read surfaces outside GraphQL
/// (exports) that follow <see cref="GraphQLOptions.RequireKeyForQueries"/>. Both sides are hashed first, so the
/// comparison takes the same time whatever the lengths.
/// </summary>
internal static class ApiKeyCheck
{
    /// <summary>The actor name of the presented key, or null when none or an unknown one is presented.</summary>
    public static string? Actor(HttpRequest request, GraphQLOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        string? actor = null;
        foreach (var (name, key) in options.ApiKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(key))))
            {
                actor = name;
            }
        }

        return actor;
    }
}
