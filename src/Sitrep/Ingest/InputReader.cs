using System.Text;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Reads articles from paths: files by extension, directories recursively (in a stable, sorted order), and "-"
/// for standard input. Items stream one at a time, so memory stays flat however many articles come in. Every
/// problem becomes an <see cref="InputRejection"/> naming the input and the reason; nothing throws.
/// </summary>
public sealed class InputReader(ReaderOptions options, Func<Stream>? openStdin = null)
{
    private static readonly HashSet<string> _textExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", "" };
    private static readonly HashSet<string> _htmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> _feedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".rss", ".atom" };

    public IEnumerable<ReadItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var item in ReadPath(path))
            {
                yield return item is ArticleInput article && EnglishCheck.Default.WarningFor(article.Text) is { } warning
                    ? article with { Warnings = [.. article.Warnings, warning] }
                    : item;
            }
        }
    }

    /// <summary>
    /// The items of one file. A failure no reader foresaw (a parser's exception for input nobody tried) becomes that
    /// file's rejection, naming it and the failure, and the files after it are still read: one odd input never ends
    /// a batch. Items the file yielded before the failure are kept.
    /// </summary>
    internal static IEnumerable<ReadItem> Guarded(string origin, Func<IEnumerable<ReadItem>> read)
    {
        IEnumerator<ReadItem>? items = null;
        InputRejection? failure = null;
        try
        {
            items = read().GetEnumerator();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = Unreadable(origin, e);
        }

        if (items is null)
        {
            yield return failure!;
            yield break;
        }

        using (items)
        {
            while (true)
            {
                ReadItem? item = null;
                try
                {
                    if (items.MoveNext())
                    {
                        item = items.Current;
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failure = Unreadable(origin, e);
                }

                if (item is null)
                {
                    break;
                }

                yield return item;
            }
        }

        if (failure is not null)
        {
            yield return failure;
        }
    }

    private static InputRejection Unreadable(string origin, Exception e) => new(origin, $"could not be read: {e.GetType().Name}: {e.Message}");

    private IEnumerable<ReadItem> ReadPath(string path)
    {
        if (path == "-")
        {
            return Guarded("stdin", ReadStdin);
        }

        if (Directory.Exists(path))
        {
            return ReadDirectory(path);
        }

        return File.Exists(path)
            ? ReadFile(path)
            : [new InputRejection(path, "no such file or directory")];
    }

    private IEnumerable<ReadItem> ReadDirectory(string directory)
    {
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            }).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputRejection(directory, $"cannot list directory: {e.Message}")];
        }

        return files.SelectMany(ReadFile);
    }

    /// <summary>One file's items, read under <see cref="Guarded"/>.</summary>
    private IEnumerable<ReadItem> ReadFile(string path) => Guarded(path, () => ReadFileUnguarded(path));

    private IEnumerable<ReadItem> ReadFileUnguarded(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonLines(path);
        }

        var isFeed = _feedExtensions.Contains(extension);
        var isKnown = isFeed || _textExtensions.Contains(extension) || _htmlExtensions.Contains(extension)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
        if (!isKnown)
        {
            return [new InputRejection(path, $"unknown file type '{extension}' (expected .txt, .html, .htm, .xml/.rss/.atom, .json or .jsonl)")];
        }

        var limit = isFeed ? options.MaxFeedBytes : options.MaxArticleBytes;
        var (text, error) = ReadLimited(path, limit);
        return error is not null ? [new InputRejection(path, error)] : FromText(path, extension, text!);
    }

    private IEnumerable<ReadItem> FromText(string origin, string extension, string text)
    {
        if (_htmlExtensions.Contains(extension))
        {
            return [FromHtml(origin, text)];
        }

        if (_feedExtensions.Contains(extension))
        {
            return FeedReader.Read(origin, text, options);
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return JsonRecordReader.FromDocument(origin, text, options);
        }

        return [FromPlainText(origin, text)];
    }

    private ReadItem FromPlainText(string origin, string raw)
    {
        var text = TextNormalizer.Normalize(raw);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new InputRejection(origin, "empty: the input holds no text");
        }

        var metadata = new ArticleMetadata
        {
            Source = options.DefaultSource,
            Url = options.DefaultUrl,
            Published = options.DefaultPublished,
            Origin = origin,
        };
        return new ArticleInput(origin, ArticleIds.FromContent(text), text, metadata, !string.Equals(text, raw, StringComparison.Ordinal), []);
    }

    private ReadItem FromHtml(string origin, string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return new InputRejection(origin, "empty: the input holds no text");
        }

        var extracted = HtmlArticleExtractor.Extract(html, options.DefaultUrl);
        if (extracted.Error is not null)
        {
            return new InputRejection(origin, extracted.Error);
        }

        var text = TextNormalizer.Normalize(extracted.Text!);
        var metadata = new ArticleMetadata
        {
            Title = extracted.Title,
            Source = options.DefaultSource,
            Url = options.DefaultUrl,
            Published = extracted.Published ?? options.DefaultPublished,
            Origin = origin,
        };
        return new ArticleInput(origin, ArticleIds.FromContent(text), text, metadata, TextIsDerived: true, []);
    }

    private IEnumerable<ReadItem> ReadJsonLines(string path)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputRejection(path, $"cannot read: {e.Message}")];
        }

        return ReadJsonLines(path, stream);
    }

    private IEnumerable<ReadItem> ReadJsonLines(string origin, Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (true)
        {
            string? line;
            string? error = null;
            try
            {
                line = ReadLineLimited(reader, options.MaxArticleBytes, out var tooLong);
                if (tooLong)
                {
                    error = $"line is longer than the {Megabytes(options.MaxArticleBytes)} article limit";
                }
            }
            catch (DecoderFallbackException)
            {
                line = null;
                error = "invalid UTF-8 (JSONL must be UTF-8); reading stopped at this line";
            }

            number++;
            if (error is not null)
            {
                yield return new InputRejection($"{origin}:{number}", error);
                if (line is null)
                {
                    yield break;
                }

                continue;
            }

            if (line is null)
            {
                yield break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return JsonRecordReader.FromLine($"{origin}:{number}", line, options);
        }
    }

    /// <summary>Reads one line, skipping (not buffering) the rest of a line longer than the limit.</summary>
    private static string? ReadLineLimited(StreamReader reader, long limit, out bool tooLong)
    {
        tooLong = false;
        var builder = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                return builder.Length == 0 && !tooLong ? null : builder.ToString();
            }

            if (c == '\n')
            {
                return builder.ToString();
            }

            if (tooLong)
            {
                continue;
            }

            builder.Append((char)c);
            if (builder.Length > limit)
            {
                tooLong = true;
                builder.Clear();
            }
        }
    }

    private IEnumerable<ReadItem> ReadStdin()
    {
        if (openStdin is null)
        {
            return [new InputRejection("stdin", "standard input is not available")];
        }

        byte[] bytes;
        using (var stdin = openStdin())
        {
            var (buffer, tooLarge) = ReadAtMost(stdin, options.MaxFeedBytes);
            if (tooLarge)
            {
                return [new InputRejection("stdin", $"more than {Megabytes(options.MaxFeedBytes)} on standard input; pass files instead")];
            }

            bytes = buffer;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is not null)
        {
            return [new InputRejection("stdin", decoded.Error)];
        }

        var text = decoded.Text!;
        var head = text.TrimStart();
        if (head.StartsWith('{'))
        {
            return ReadJsonLines("stdin", new MemoryStream(Encoding.UTF8.GetBytes(text)));
        }

        if (head.StartsWith('['))
        {
            return JsonRecordReader.FromDocument("stdin", text, options);
        }

        if (head.StartsWith('<'))
        {
            var start = head[..Math.Min(head.Length, 512)];
            var isFeed = start.Contains("<rss", StringComparison.OrdinalIgnoreCase) || start.Contains("<feed", StringComparison.OrdinalIgnoreCase);
            return isFeed ? FeedReader.Read("stdin", text, options) : [FromHtml("stdin", text)];
        }

        return [FromPlainText("stdin", text)];
    }

    /// <summary>Reads a file whole after checking its size first, so an oversized file is refused without being read.</summary>
    private static (string? Text, string? Error) ReadLimited(string path, long limit)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limit)
            {
                return (null, $"file is {Megabytes(info.Length)}, over the {Megabytes(limit)} limit (raise it with --max-bytes)");
            }

            if (info.Length == 0)
            {
                return (null, "empty file");
            }

            var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
            return decoded.Error is not null ? (null, decoded.Error) : (decoded.Text, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read: {e.Message}");
        }
    }

    private static (byte[] Bytes, bool TooLarge) ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return ([], true);
            }
        }

        return (buffer.ToArray(), false);
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : $"{bytes / 1024.0:0.#} KB";
}
