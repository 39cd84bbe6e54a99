using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Language.Corpora;

/// <summary>
/// A sentence from an annotated corpus: its words joined by spaces into <see cref="Text"/>, tokens as offsets
/// into that text (the same shape the pipeline's tokenizer produces), and one label per token.
/// </summary>
public sealed record LabelledSentence(string Document, string Text, ImmutableArray<Token> Tokens, ImmutableArray<string> Labels)
{
    public static LabelledSentence FromWords(string document, IReadOnlyList<string> words, IReadOnlyList<string> labels)
    {
        var builder = new System.Text.StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var start = builder.Length;
            builder.Append(words[i]);
            tokens.Add(new Token(start, builder.Length, KindOf(words[i])));
        }

        return new LabelledSentence(document, builder.ToString(), tokens.MoveToImmutable(), [.. labels]);
    }

    public string Word(int index) => Tokens[index].Span.Slice(Text);

    private static TokenKind KindOf(string word) =>
        word.Length > 0 && char.IsDigit(word[0]) ? TokenKind.Number
        : word.Length > 0 && char.IsLetter(word[0]) ? TokenKind.Word
        : TokenKind.Punctuation;
}
