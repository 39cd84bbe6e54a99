using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>Ids for articles that come without one: a hash of the analysed text, so the same text gets the same id.</summary>
public static class ArticleIds
{
    public static string FromContent(string text) => "sha256-" + ContentHash(text)[..24];

    public static string ContentHash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash);
    }
}
