namespace Pipeline.Core.Text;

/// <summary>Which lexicons a word starts an entry of; computed once per token so readers skip most words with one test.</summary>
[Flags]
public enum LexiconMarks
{
    None = 0,
    Number = 1 << 0,
    Calendar = 1 << 1,
    DateCue = 1 << 2,
    DurationUnit = 1 << 3,
    Measure = 1 << 4,
    Vague = 1 << 5,
    Superlative = 1 << 6,
    Anaphora = 1 << 7,
    Entity = 1 << 8,
    Frame = 1 << 9,
    Hedge = 1 << 10,
    RankNoun = 1 << 11,
    DurationSubject = 1 << 12,
    Event = 1 << 13,
    EventPhase = 1 << 14,
    SpeechVerb = 1 << 15,
    TenseCue = 1 << 16,
    CurrentEventCue = 1 << 17,
    EventLink = 1 << 18,

    Demonym = 1 << 20,
    RateSubject = 1 << 29,

    /// <summary>Not a lexicon: the punctuation that ends a clause (",", ";", ":", dashes), marked so clause searches skip to it.</summary>
    ClausePunctuation = 1 << 19,

    /// <summary>Not a lexicon: a run of digits. The readers of figures jump from marked token to marked token.</summary>
    Digits = 1 << 21,

    /// <summary>Not a lexicon: "." (a leading decimal point) and single-character numbers ("½"), where a figure may start.</summary>
    NumberPunctuation = 1 << 22,

    /// <summary>Not a lexicon: "a", "an", "minus", "negative", which start a number when a number word follows.</summary>
    NumberLead = 1 << 23,

    /// <summary>Not a lexicon: "twice", "thrice", the multiples written as one word.</summary>
    Multiple = 1 << 24,

    /// <summary>Not a lexicon: "ago", which ends a date two tokens after its amount ("two weeks ago").</summary>
    Ago = 1 << 25,

    /// <summary>Not a lexicon: a token that ends a clause (see <see cref="Clauses"/>), marked once for all tokens by the text step.</summary>
    ClauseBoundary = 1 << 26,

    /// <summary>Not a lexicon: the second word of an anaphora entry ("same" in "the same number"), rarer than the first.</summary>
    AnaphoraSecond = 1 << 27,

    /// <summary>Not a lexicon: "st", "nd", "rd", "th", the suffixes of an ordinal in digits ("64th").</summary>
    OrdinalSuffix = 1 << 28,
}
