using System.Globalization;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// Place names as ACLED writes them: the gazetteer's letters without diacritics ("İzmir" -> "Izmir", "Ouham-Pendé" ->
/// "Ouham-Pende", "Dayr al Balaḩ" -> "Dayr al Balah", "Xankəndi" -> "Xankandi"), case kept. ACLED's location and
/// admin columns are plain ASCII; the GeoNames spelling stays beside them where the records keep it.
/// </summary>
public static class AsciiPlaceNames
{
    public static string Fold(string name)
    {
        if (IsAscii(name))
        {
            return name;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c < 128)
            {
                output.Append(c);
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            output.Append(c switch
            {
                'ı' => "i",
                'ł' => "l",
                'Ł' => "L",
                'ø' => "o",
                'Ø' => "O",
                'đ' => "d",
                'Đ' => "D",
                'ħ' => "h",
                'Ħ' => "H",
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'œ' => "oe",
                'Œ' => "OE",
                'þ' => "th",
                'Þ' => "Th",
                'ð' => "d",
                'Ð' => "D",
                'ə' or 'ǝ' => "a",
                'Ə' or 'Ǝ' => "A",
                '\u2018' or '\u2019' or '\u02BB' or '\u02BC' => "'",
                '\u02BF' or '\u02BE' => "", // ayn and hamza marks: "Ḩalab" and "Ma‘arrat" read without them
                '\u2010' or '\u2011' or '\u2013' => "-",
                _ => c.ToString(),
            });
        }

        return output.ToString();
    }

    private static bool IsAscii(string name)
    {
        foreach (var c in name)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }
}
