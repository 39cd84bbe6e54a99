using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Language.Model;

/// <summary>
/// Marks tokens covered by a gazetteer name (countries, admin1 divisions, populated places), as NER features, not
/// rules: the longest trusted name (own name or curated alias, not GeoNames alternates) starting at each token wins,
/// and every covered token gets the kinds of place the name can be plus its position in the name (BILOU), and a
/// bit when the name is written in lower case: "at", "an" and "bay" are GeoNames names too, and the model must be
/// able to tell such hits from "Avdiivka".
/// </summary>
internal static class PlaceMarks
{
    public const int MaxNameTokens = 4;

    private const byte _country = 1;
    private const byte _admin1 = 2;
    private const byte _place = 4;
    private const byte _bigPlace = 8;
    private const byte _lowerCase = 0x80;
    private const int _bigPopulation = 100_000;

    /// <summary>
    /// Fills <paramref name="marks"/> (one per token): place-kind bits in the low nibble, BILOU position in the next
    /// three bits, and the top bit when the name's first letter is lower case.
    /// </summary>
    /// <param name="words">When given, the tokens' cached word forms (null entries allowed): each keeps what the
    /// gazetteer says of it alone, so that a frequent word is looked up once.</param>
    public static void Mark(Gazetteer? gazetteer, string text, ReadOnlySpan<Token> tokens, Span<byte> marks, ReadOnlySpan<WordRoles> words = default)
    {
        marks[..tokens.Length].Clear();
        if (gazetteer is null)
        {
            return;
        }

        Span<char> keyBuffer = stackalloc char[202];
        var i = 0;
        while (i < tokens.Length)
        {
            var bestLength = 0;
            byte bestKinds = 0;
            if (tokens[i].Length > 1 && char.IsLetter(text[tokens[i].Start]))
            {
                for (var length = 1; length <= MaxNameTokens && i + length <= tokens.Length; length++)
                {
                    var span = text.AsSpan(tokens[i].Start, tokens[i + length - 1].End - tokens[i].Start);
                    if (length == 1)
                    {
                        WordRoles? cached = i < words.Length ? words[i] : null;
                        var place = cached?.Place ?? -1;
                        if (place < 0)
                        {
                            var key = span.Length <= 100 ? keyBuffer : new char[(span.Length * 2) + 2];
                            key = key[..GazetteerNames.Normalize(span, key)];
                            place = KindsOf(gazetteer, gazetteer.LookupKey(key)) | (gazetteer.ContinuesWithSpace(key) ? _goesOn : 0);
                            if (cached is not null)
                            {
                                cached.Place = place;
                            }
                        }

                        if ((place & 0xFF) != 0)
                        {
                            bestLength = 1;
                            bestKinds = (byte)place;
                        }
                        else if (!MayGoOn(text, tokens[i], place))
                        {
                            break;
                        }

                        continue;
                    }

                    var longKey = span.Length <= 100 ? keyBuffer : new char[(span.Length * 2) + 2];
                    longKey = longKey[..GazetteerNames.Normalize(span, longKey)];
                    var kinds = KindsOf(gazetteer, gazetteer.LookupKey(longKey));
                    if (kinds != 0)
                    {
                        bestLength = length;
                        bestKinds = kinds;
                    }
                    else if (length < MaxNameTokens && i + length < tokens.Length
                        && FollowedBySeparator(text, tokens[i + length - 1]) && !gazetteer.ContinuesWithSpace(longKey))
                    {
                        // As for one word: no name goes on from these words, so none longer starts here. (A span that
                        // is a name is not cut short: a longer span's key may be the same.)
                        break;
                    }
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            var caseBit = char.IsUpper(text[tokens[i].Start]) ? 0 : _lowerCase;
            for (var j = 0; j < bestLength; j++)
            {
                var position = bestLength == 1 ? 4 : j == 0 ? 1 : j == bestLength - 1 ? 3 : 2;
                marks[i + j] = (byte)(bestKinds | (position << 4) | caseBit);
            }

            i += bestLength;
        }
    }

    /// <summary>
    /// Whether a span of more tokens from a word that is no name itself can be one. When a separator follows the word,
    /// the longer span's key is the word's key, or it plus a space and more (<see cref="GazetteerNames.Normalize(ReadOnlySpan{char}, Span{char})"/>
    /// writes as it reads): then only a name that goes on from the word after a space can match. Speed only.
    /// </summary>
    private static bool MayGoOn(string text, Token token, int place) =>
        !FollowedBySeparator(text, token) || (place & _goesOn) != 0;

    private static bool FollowedBySeparator(string text, Token token) => token.End < text.Length && IsSeparator(text[token.End]);

    // In a word's place answer, beside its kinds: some name goes on from the word after a space.
    private const int _goesOn = 0x100;

    // Which characters the name key turns into a space between words, asked of the normaliser itself.
    private static readonly bool[] _separators = BuildSeparators();

    private static bool IsSeparator(char c) => c < _separators.Length && _separators[c];

    private static bool[] BuildSeparators()
    {
        var result = new bool[0x3000];
        Span<char> input = stackalloc char[3];
        Span<char> output = stackalloc char[8];
        for (var c = 0; c < result.Length; c++)
        {
            input[0] = 'a';
            input[1] = (char)c;
            input[2] = 'b';
            result[c] = output[..GazetteerNames.Normalize(input, output)] is "a b";
        }

        return result;
    }

    private static byte KindsOf(Gazetteer gazetteer, ReadOnlySpan<GazetteerCandidate> candidates)
    {
        byte kinds = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Source == NameSource.Alternate)
            {
                continue;
            }

            kinds |= candidate.Kind switch
            {
                PlaceKind.Country => _country,
                PlaceKind.Admin1 => _admin1,
                _ => gazetteer.Places[candidate.Index].Population >= _bigPopulation ? (byte)(_place | _bigPlace) : _place,
            };
        }

        return kinds;
    }
}
