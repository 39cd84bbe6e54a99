using System.IO.Compression;

namespace Sitrep.Language.Model;

/// <summary>
/// The container of a trained model: gzip, then a magic string naming the kind of model and a format version, then
/// the model's own payload. A wrong kind, an old format or a truncated file is reported with the file's path.
/// </summary>
internal static class ModelFile
{
    public static void Write(string path, string magic, int formatVersion, Action<BinaryWriter> writePayload)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(magic);
        writer.Write(formatVersion);
        writePayload(writer);
    }

    /// <param name="description">What the file should hold, for messages ("POS model").</param>
    public static T Read<T>(string path, string magic, int formatVersion, string description, Func<BinaryReader, T> readPayload)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        try
        {
            if (reader.ReadString() != magic || reader.ReadInt32() != formatVersion)
            {
                throw new InvalidDataException($"{path}: not a Sitrep {description} of format version {formatVersion}.");
            }

            return readPayload(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: the {description} is truncated.", e);
        }
    }
}
