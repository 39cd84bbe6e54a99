using Sitrep.Ingest;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ingest;

/// <summary>Reports in other languages are named with a warning; English reports, however dense with names, are not.</summary>
public class EnglishCheckTests
{
    [Theory]
    [InlineData("Die russische Armee hat am Montag die Stadt Charkiw mit Raketen beschossen. Nach Angaben der örtlichen Behörden wurden mindestens drei Menschen getötet und zwölf weitere verletzt, darunter zwei Kinder, teilte der Gouverneur mit.")]
    [InlineData("L'armée malienne a affirmé mardi avoir neutralisé une trentaine de terroristes lors d'une opération aérienne près de Ménaka, dans le nord-est du pays, selon un communiqué publié sur les réseaux sociaux de l'état-major.")]
    [InlineData("Hombres armados atacaron una comisaría en el municipio de Jamundí, en el departamento del Valle del Cauca, y dejaron dos policías muertos y otros tres heridos, informaron las autoridades locales este domingo.")]
    [InlineData("Российские войска нанесли удар по Харькову в понедельник, погибли по меньшей мере три человека, еще двенадцать получили ранения, сообщил глава областной администрации в своем телеграм-канале.")]
    public void WarningFor_AReportInAnotherLanguage_NamesIt(string text)
    {
        var warning = EnglishCheck.Default.WarningFor(text);
        Assert.NotNull(warning);
        Assert.StartsWith("not_english:", warning);
    }

    [Theory]
    [InlineData("Gunmen killed three police officers at a checkpoint south of Cali on Sunday, the mayor's office said, blaming a dissident faction of the former FARC rebels that extorts shopkeepers across the region.")]
    [InlineData("Russian forces struck Kharkiv with two Iskander missiles on Monday, killing three people and wounding 12, Governor Oleh Syniehubov said on Telegram.")]
    public void WarningFor_EnglishNewsDenseWithNames_IsNone(string text) => Assert.Null(EnglishCheck.Default.WarningFor(text));

    [Fact]
    public void WarningFor_TooShortToJudge_IsNone() => Assert.Null(EnglishCheck.Default.WarningFor("Kharkiv: Raketenangriff, drei Tote"));

    [Fact]
    public void WarningFor_EveryDevGoldReport_IsNone()
    {
        // The project's own English reports of many outlets and conflicts: none may be taken for another language.
        var gold = Path.Combine(SharedData.RepositoryRoot, "data", "gold");
        var texts = Directory.EnumerateFiles(gold, "*.dev.jsonl", SearchOption.AllDirectories)
            .SelectMany(GoldTexts.Read)
            .Select(r => r.Text)
            .ToList();
        Assert.True(texts.Count > 1000, $"{texts.Count} dev reports read");
        Assert.DoesNotContain(texts, t => EnglishCheck.Default.WarningFor(t) is not null);
    }

    [Fact]
    public void Read_AReportInAnotherLanguage_IsStillReadWithTheWarning()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bericht.txt", "Die russische Armee hat am Montag die Stadt Charkiw mit Raketen beschossen. Nach Angaben der örtlichen Behörden wurden mindestens drei Menschen getötet und zwölf weitere verletzt.");
        var article = Assert.IsType<ArticleInput>(Assert.Single(new InputReader(new ReaderOptions()).Read([path])));
        Assert.Contains(article.Warnings, w => w.StartsWith("not_english:", StringComparison.Ordinal));
    }
}
