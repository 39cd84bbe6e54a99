namespace Sitrep.Places;

/// <summary>Distances between nearby places, for the geocoder's and the event locator's checks of what the text says.</summary>
internal static class PlaceDistance
{
    /// <summary>Equirectangular approximation in km: good to a few percent at the distances news gives ("15 km east of").</summary>
    public static double ApproximateKm(double lat1, double lon1, double lat2, double lon2)
    {
        var x = (lon2 - lon1) * Math.Cos((lat1 + lat2) * Math.PI / 360);
        var y = lat2 - lat1;
        return Math.Sqrt(x * x + y * y) * 111.2;
    }
}
