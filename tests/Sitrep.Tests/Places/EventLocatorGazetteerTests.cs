using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>
/// The event locator looks a settlement up again in the gazetteer's reserve; it must use the gazetteer the places were
/// resolved against (the places layer's), not the default one.
/// </summary>
public class EventLocatorGazetteerTests
{
    [Fact]
    public void Choose_ReserveSettlement_IsLookedUpInTheGazetteerOfThePlacesLayer()
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-locator-gaz-").FullName;
        try
        {
            var source = Path.GetDirectoryName(Sitrep.Common.DataFiles.Require("gazetteer/places.tsv.gz"))!;
            foreach (var file in Directory.GetFiles(source))
            {
                if (Path.GetFileName(file) is not "reserve_places.tsv.gz" and not Gazetteer.IndexFileName)
                {
                    File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
                }
            }

            // This gazetteer's reserve knows an invented village of Chihuahua (MX.06) near Ciudad Juarez; the default's does not.
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(Path.Combine(directory, "reserve_places.tsv.gz")), System.IO.Compression.CompressionLevel.Fastest))
            {
                gzip.Write(System.Text.Encoding.UTF8.GetBytes("# header\n\tPelqutzibar\t31.6\t-106.2\tMX\t06\t0\t\n"));
            }

            var gazetteer = Gazetteer.Load(directory);
            Assert.Null(Gazetteer.Default.LookupReserve("MX.06", "Pelqutzibar"));

            const string text = "Gunmen shot two farmers in Pelqutzibar, about 20 km east of Ciudad Juarez, on Friday.";
            var document = new PlacesStage(new Geocoder(gazetteer, PlaceLexicon.Default)).Run(TestText.Document(text));
            var start = text.IndexOf("shot", StringComparison.Ordinal);
            var sentence = document.Get<TextLayer>().Sentences[0];
            var location = EventLocator.Choose(document, sentence, new TextSpan(start, start + "shot".Length));

            Assert.Equal("Pelqutzibar", location.Mention?.Text);
            Assert.Equal(1, location.Mention?.GeoPrecision);
            Assert.Equal(31.6, location.Mention!.Place!.Latitude, 3);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
