namespace Sitrep.Language;

/// <summary>Universal Dependencies part-of-speech tags (UPOS), stored as one byte per token.</summary>
public enum Upos : byte
{
    X,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
}
