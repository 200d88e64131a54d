using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// The configured API keys, kept as SHA-256 digests: a presented key is hashed and compared with every digest in fixed
/// time, so neither its length nor a matching prefix shows in the time it takes.
/// </summary>
internal sealed class ApiKeys(IOptions<GraphQLOptions> options)
{
    private readonly (string Actor, byte[] Digest)[] _keys =
        [.. options.Value.ApiKeys.Select(k => (k.Key, SHA256.HashData(Encoding.UTF8.GetBytes(k.Value))))];

    /// <summary>Whether any key is configured.</summary>
    public bool Any => _keys.Length > 0;

    /// <summary>The actor whose key the request's <c>Authorization: Bearer</c> header carries, or null.</summary>
    public string? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        string? actor = null;
        foreach (var (name, digest) in _keys)
        {
            // Every key is compared (no early exit), so the time does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(presented, digest))
            {
                actor = name;
            }
        }

        return actor;
    }
}
