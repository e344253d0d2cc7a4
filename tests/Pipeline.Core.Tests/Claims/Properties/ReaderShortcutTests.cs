using System.Globalization;
using System.Text;
using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Durations;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Claims.Properties;

/// <summary>
/// The readers' shortcuts (answers by word id, digit loops, prefilters, a cursor) must give the answers of the plain
/// tests they stand for, on every word of every lexicon in every case and on words outside them.
/// </summary>
public class ReaderShortcutTests
{
    private const int Cases = 2000;

    private static readonly WordMap<(string Kind, int Value)> CalendarLexicon =
        Lexicon.Map("calendar.txt", row => (row[1], int.Parse(row[2], CultureInfo.InvariantCulture)));

    [Fact]
    public void DigitValues_EqualTheParsers()
    {
        var random = new Random(11);
        for (var n = 0; n < Cases; n++)
        {
            var digits = Digits(random, random.Next(1, 21));
            Assert.Equal(double.Parse(digits, CultureInfo.InvariantCulture), DigitValues.Of(digits));
            Assert.Equal(double.Parse("0." + digits, CultureInfo.InvariantCulture), DigitValues.Fraction(digits));
            if (digits.Length <= 9)
            {
                Assert.Equal(int.Parse(digits, CultureInfo.InvariantCulture), DigitValues.Int(digits));
            }

            var whole = Digits(random, random.Next(1, 8));
            var decimals = Digits(random, random.Next(1, DigitValues.ExactDigits - whole.Length + 1));
            var value = DigitValues.Decimal(DigitValues.Accumulate(DigitValues.Accumulate(0, whole), decimals), decimals.Length);
            Assert.Equal(double.Parse($"{whole}.{decimals}", CultureInfo.InvariantCulture), value);
        }
    }

    [Fact]
    public void GroupedDigits_OfAnyLength_ReadAsTheParserReadsThem()
    {
        var random = new Random(13);
        for (var n = 0; n < Cases; n++)
        {
            var groups = Enumerable.Range(0, random.Next(1, 8)).Select(g => Digits(random, g == 0 ? random.Next(1, 4) : 3)).ToList();
            var decimals = random.Next(3) == 0 ? Digits(random, random.Next(1, 6)) : null;
            var written = string.Join(',', groups) + (decimals is null ? string.Empty : "." + decimals);
            var plain = string.Concat(groups) + (decimals is null ? string.Empty : "." + decimals);

            var numbers = NumberNormalizer.Numbers($"the figure was {written} in all");

            Assert.True(numbers.Count == 1, $"'{written}' gave {numbers.Count} numbers");
            Assert.Equal(double.Parse(plain, CultureInfo.InvariantCulture), numbers[0].Value);
        }
    }

    [Fact]
    public void TextStepIdsAndMarks_EqualThePlainLookups()
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'é";
        var random = new Random(17);
        var extra = string.Join(' ', Enumerable.Range(0, Cases).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 16)).Select(_ => Letters[random.Next(Letters.Length)])])));
        var context = new TextContext(VocabularyText() + " " + extra + " " + VocabularyText().ToUpperInvariant());
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            var word = context.Span(i);
            Assert.Equal(Vocabulary.IdOf(word, context.Tokens[i].Kind), context.WordId(i));
            if (context.IsWord(i))
            {
                Assert.Equal(WordIndex.Of(word), AllMarks(context, i));
            }
        }
    }

    [Fact]
    public void TextStepIdsAndMarks_OfEveryKindOfToken_AtAnyPlace_EqualThePlainLookups()
    {
        // Every printable ASCII character, a few others, vocabulary words in any case and with possessives, and texts
        // of every length up to past a lookup's window, so tokens near the end and in short texts are covered too.
        var words = Enumerable.Range(0, Vocabulary.Count).Select(Vocabulary.WordOf).ToArray();
        var others = Enumerable.Range(' ', 95).Select(c => ((char)c).ToString()).Concat(["é", "’", "‘", "“", "”", "—", "–", "‑", "…", "‰", "•", "\u200B", "\u2060", "\u206F", "\u2070", "½", "ſ", "ı", "Ä", "😀"]).ToArray();
        var random = new Random(23);
        for (var n = 0; n < Cases; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 60);
            while (text.Length < length)
            {
                var piece = random.Next(4) switch
                {
                    0 => others[random.Next(others.Length)],
                    1 => Digits(random, random.Next(1, 15)),
                    2 => Cased(random, words[random.Next(words.Length)]) + (random.Next(8) == 0 ? "'s" : string.Empty),
                    _ => new string([.. Enumerable.Range(0, random.Next(1, 16)).Select(_ => (char)random.Next('A', 'z' + 1))]),
                };
                text.Append(piece).Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            var context = new TextContext(text.ToString());
            for (var i = 0; i < context.Tokens.Length; i++)
            {
                var (word, token) = (context.Span(i).ToString(), context.Tokens[i]);
                var plainMarks = token.IsWord ? WordIndex.Of(word) : token.IsDigits ? LexiconMarks.Digits : word.Length == 1 ? PunctuationMarks.Of(word[0]) : LexiconMarks.None;
                Assert.True(Vocabulary.IdOf(word, token.Kind) == context.WordId(i), $"id of '{word}' in '{text}'");
                Assert.True(plainMarks == AllMarks(context, i), $"marks of '{word}' in '{text}'");
            }
        }
    }

    private static string Cased(Random random, string word) => random.Next(3) switch
    {
        0 => word.ToUpperInvariant(),
        1 => char.ToUpperInvariant(word[0]) + word[1..],
        _ => word,
    };

    // Clause boundaries depend on the next token too, not on the word alone; they are tested on their own below.
    private static LexiconMarks AllMarks(TextContext context, int index) =>
        Enum.GetValues<LexiconMarks>().Where(mark => mark is not (LexiconMarks.None or LexiconMarks.ClauseBoundary) && context.Has(index, mark)).Aggregate(LexiconMarks.None, (all, mark) => all | mark);

    [Fact]
    public void ReaderStartMarks_CoverTheTestsTheyStandFor()
    {
        var context = new TextContext(VocabularyText() + " ⅔ ; : — – 3.5 .5 -2 −4 “twice” TWICE Thrice A An MINUS Negative AGO ago");
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            var token = context.Tokens[i];
            var single = token.Length == 1 ? context.Text[token.Start] : '\0';
            Assert.Equal(token.IsDigits, context.Has(i, LexiconMarks.Digits));
            Assert.Equal(token.IsPunctuation && single is ',' or ';' or ':' or '—' or '–', context.Has(i, LexiconMarks.ClausePunctuation));
            Assert.True(!(single == '.' || (token.IsPunctuation && char.GetUnicodeCategory(single) == UnicodeCategory.OtherNumber)) || context.Has(i, LexiconMarks.NumberPunctuation));
            // The amounts of "two weeks ago" (plural ordinals such as "seconds" may carry other marks instead).
            Assert.True(!(NumberWords.TryGet(context, i, out _, out var kind) && kind == NumberWordKind.Unit) || context.Has(i, LexiconMarks.Number));
            Assert.True(!(context.Is(i, "a") || context.Is(i, "an") || context.Is(i, "minus") || context.Is(i, "negative")) || context.Has(i, LexiconMarks.NumberLead));
            Assert.True(!(context.Is(i, "twice") || context.Is(i, "thrice")) || context.Has(i, LexiconMarks.Multiple));
            Assert.True(!context.IsWordId(i, Vocabulary.RequiredId("ago")) || context.Has(i, LexiconMarks.Ago));
            Assert.True(!(context.Is(i, "st") || context.Is(i, "nd") || context.Is(i, "rd") || context.Is(i, "th")) || context.Has(i, LexiconMarks.OrdinalSuffix));
            Assert.True(!AnaphoraSeconds.Contains(context.WordId(i)) || context.Has(i, LexiconMarks.AnaphoraSecond));
        }
    }

    [Fact]
    public void SentenceOfToken_IsTheSentenceSearchOfItsStart()
    {
        string[] pieces = ["Talks", "resumed", "in", "May", ".", "!", "?", " ", "  ", "\n", "\r\n", "Mr.", "U.S.", "\"We", "’", "12", ",", "“Yes”", "a"];
        var random = new Random(23);
        for (var n = 0; n < 300; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 80)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? string.Empty : " ")));
            var context = new TextContext(text);
            for (var t = 0; t < context.Tokens.Length; t++)
            {
                Assert.Equal(context.SentenceIndexOf(context.Tokens[t].Start), context.SentenceOfToken(t));
            }
        }
    }

    [Fact]
    public void ClauseBoundaries_AreTheWordsAndMarksThatEndAClause()
    {
        var context = new TextContext(VocabularyText() + " but, while; and said and that And SAID — – : and");
        var random = new Random(29);
        for (var i = -1; i <= context.Tokens.Length; i++)
        {
            var punctuation = i >= 0 && i < context.Tokens.Length && context.Tokens[i] is { IsPunctuation: true, Length: 1 } token && ",;:—–".Contains(context.Text[token.Start], StringComparison.Ordinal);
            var expected = context.Is(i, "but") || context.Is(i, "while") || (context.Is(i, "and") && (context.Is(i + 1, "said") || context.Is(i + 1, "that"))) || (i >= 0 && punctuation);
            Assert.Equal(expected, context.IsClauseBoundary(i));

            var sentenceEnd = i + random.Next(-2, 40);
            var end = i;
            while (end < sentenceEnd && !context.IsClauseBoundary(end))
            {
                end++;
            }

            Assert.Equal(end, Clauses.End(context, i, sentenceEnd));
        }
    }

    private static readonly HashSet<int> AnaphoraSeconds = [.. Lexicon.Load("anaphora.txt").Select(row => Vocabulary.IdOf(row[0].Split(' ')[1]))];

    [Fact]
    public void NextMarked_FindsWhatAPlainLoopFinds()
    {
        var context = new TextContext(VocabularyText());
        var marks = Enum.GetValues<LexiconMarks>();
        var random = new Random(19);
        for (var n = 0; n < Cases; n++)
        {
            var wanted = marks[random.Next(marks.Length)] | marks[random.Next(marks.Length)];
            var from = random.Next(-3, context.Tokens.Length + 3);
            var to = from + random.Next(-2, 60);
            var expected = to;
            for (var i = Math.Max(from, 0); i < Math.Min(to, context.Tokens.Length); i++)
            {
                if (context.Has(i, wanted))
                {
                    expected = i;
                    break;
                }
            }

            Assert.Equal(expected, context.NextMarked(from, to, wanted));
        }
    }

    [Fact]
    public void NumberWords_ByToken_AnswerAsByText()
    {
        var context = new TextContext(VocabularyText());
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            var byText = context.IsWord(i) & NumberWords.TryGet(context.Span(i), out var value, out var kind);
            Assert.Equal(byText, NumberWords.TryGet(context, i, out var tokenValue, out var tokenKind));
            Assert.Equal((value, kind), byText ? (tokenValue, tokenKind) : (value, kind));
        }
    }

    [Fact]
    public void NumberWords_AreAllWhereTheirMarksSayTheyMayBe()
    {
        // The number scanners skip the lookup after "a" when the next token has none of those marks.
        var context = new TextContext(VocabularyText() + " a Fifths a TWENTY-FIRSTS an ſix a ſeven a seconds A Thirds");
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            Assert.True(!NumberWords.IsNumberWord(context, i) || NumberWords.MayBeAt(context, i), context.Span(i).ToString());
        }
    }

    [Fact]
    public void RelativeDateModifiers_AllCarryTheDateCueMark()
    {
        // The relative-date reader asks for its modifier words only at tokens with the mark.
        var context = new TextContext("last this next previous coming earlier later the LAST Previous COMING Earlier");
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            Assert.True(context.Has(i, LexiconMarks.DateCue), context.Span(i).ToString());
        }
    }

    [Fact]
    public void TokenWordMap_ByToken_AnswersAsByText()
    {
        string[] words = ["May", "friday", "in", "gone", "notalexiconword", "two words", "Türkiye", "ſix"];
        var map = new TokenWordMap<int>(words.Select((word, n) => (word, n)));
        var context = new TextContext(VocabularyText() + " " + string.Join(' ', words));
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            var byText = context.IsWord(i) & map.TryGet(context.Span(i), out var value);
            Assert.Equal(byText, map.TryGet(context, i, out var tokenValue));
            Assert.Equal(byText ? value : 0, byText ? tokenValue : 0);
        }
    }

    [Fact]
    public void WordSetAndWordId_AnswerAsIs()
    {
        // The words readers test through a WordSet, and look-alikes that must not pass for them (dotless ı, long ſ).
        string[] words = ["ago", "said", "says", "wrote", "added", "told", "a", "in"];
        var sets = words.Select(word => new WordSet(word)).ToArray();
        var context = new TextContext(VocabularyText() + " AGO Ago SAID said ıN In aɡo ſaid A a told TOLD");
        for (var i = -1; i <= context.Tokens.Length; i++)
        {
            for (var w = 0; w < words.Length; w++)
            {
                Assert.Equal(context.Is(i, words[w]), context.IsAny(i, sets[w]));
                Assert.Equal(context.Is(i, words[w]), context.IsWordId(i, Vocabulary.RequiredId(words[w])));
            }
        }
    }

    [Fact]
    public void CuePhrases_AnswerAsWordsAt()
    {
        // Phrase words are compared as ids: a non-ASCII token ("ın") must still answer as the string compare does.
        string[][] phrases = [["total"], ["in", "all"], ["per", "side"], ["on", "both", "sides"], ["all"], ["so", "far"]];
        var cues = new CuePhrases(phrases);
        var context = new TextContext(VocabularyText() + " In all, per side. So far TOTAL on both sides ıt It in. all ın all IN ALL");
        for (var i = -1; i <= context.Tokens.Length; i++)
        {
            Assert.Equal(phrases.Any(phrase => context.WordsAt(i, phrase)), cues.StartsAt(context, i));
        }
    }

    [Fact]
    public void NumbersByEnd_AnswersAsADictionaryOfTheLastNumberAtEachEnd()
    {
        var random = new Random(5);
        for (var n = 0; n < 200; n++)
        {
            var numbers = Enumerable.Range(0, random.Next(0, 30))
                .Select(k => new NumberMention(k, k + 1, k, random.Next(0, 20), random.Next(0, 40), NumberForm.Digits))
                .ToList();
            if (random.Next(2) == 0)
            {
                numbers.Sort((a, b) => a.EndToken.CompareTo(b.EndToken));
            }

            var expected = new Dictionary<int, NumberMention>();
            foreach (var number in numbers)
            {
                expected[number.EndToken] = number;
            }

            var byEnd = new NumbersByEnd(numbers);
            var asked = 0;
            for (var q = 0; q < 30; q++)
            {
                // Mostly in order, as the duration scanner asks; sometimes not.
                asked = random.Next(8) == 0 ? random.Next(0, 42) : asked + random.Next(0, 3);
                Assert.Equal(expected.TryGetValue(asked, out var number), byEnd.TryGet(asked, out var found));
                Assert.Equal(number, found);
            }
        }
    }

    [Fact]
    public void CalendarWords_ByToken_AnswerAsBefore()
    {
        var context = new TextContext(VocabularyText() + " May's Friday’s MAY'S may Sunday's");
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            var expected = ExpectedCalendarWord(context, i, out var kind, out var value);
            Assert.Equal(expected, CalendarWords.TryGet(context, i, out var tokenKind, out var tokenValue));
            Assert.Equal((kind, value), (tokenKind, tokenValue));
        }
    }

    /// <summary>The lookup as it was written before it read tokens by id.</summary>
    private static bool ExpectedCalendarWord(TextContext context, int index, out string kind, out int value)
    {
        (kind, value) = (string.Empty, 0);
        if (!context.Has(index, LexiconMarks.Calendar))
        {
            return false;
        }

        var word = context.Span(index);
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
        {
            word = word[..^2];
        }

        if (!CalendarLexicon.TryGet(word, out var entry))
        {
            return false;
        }

        (kind, value) = entry;
        return kind is "day" or "period" || char.IsUpper(word[0]);
    }

    /// <summary>Every vocabulary word as written, in upper and title case, as a plural and a possessive, and spelled with look-alike letters.</summary>
    private static string VocabularyText()
    {
        var text = new StringBuilder();
        for (var id = 0; id < Vocabulary.Count; id++)
        {
            var word = Vocabulary.WordOf(id);
            var title = char.ToUpperInvariant(word[0]) + word[1..];
            text.Append(CultureInfo.InvariantCulture, $"{word} {word.ToUpperInvariant()} {title} {word}s {word}S {word}'s {word}’s ");
            text.Append(word.Replace('s', 'ſ').Replace('i', 'ı')).Append(' ');
        }

        return text.Append("notaword wordz 12 1,000 . , - ½").ToString();
    }

    private static string Digits(Random random, int length)
    {
        var digits = new char[length];
        for (var k = 0; k < length; k++)
        {
            digits[k] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }
}
