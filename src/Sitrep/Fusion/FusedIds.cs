using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Fusion;

/// <summary>Ids of fused records: a prefix naming the kind and a hash of the founding report's id, so they are stable across re-ingests.</summary>
internal static class FusedIds
{
    public static string From(char prefix, string foundingId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(foundingId), hash);
        return prefix + Convert.ToHexStringLower(hash[..8]);
    }
}
