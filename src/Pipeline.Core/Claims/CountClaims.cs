using Pipeline.Core.Articles;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>Counts: a number in digits or words followed by the thing counted ("390 prisoners", "two hundred people").</summary>
internal static class CountClaims
{
    public static IEnumerable<Claim> Find(Article article, IReadOnlyList<Range> sentences)
    {
        var text = article.Text;
        var taken = new HashSet<int>();
        foreach (var number in NumberReader.Find(text).OrderBy(n => n.Start))
        {
            if (!taken.Add(number.Start))
            {
                continue;
            }

            var sentence = Sentences.Containing(sentences, number.Start);
            var noun = FindNoun(text, number, sentence);
            if (noun is null)
            {
                continue;
            }

            yield return Build(article, number, noun.Value, sentence);
        }
    }

    private static (string Measure, string Group, int End)? FindNoun(string text, NumberToken number, Range sentence)
    {
        var limit = sentence.End.Value;
        if (ScopeReader.IsForCompound(text, number.End))
        {
            // "the 1,000-for-1,000 deal": the counted thing is implicit; in an exchange it is people.
            return ("prisoners", "persons", number.End);
        }

        return MeasureLexicon.FindAfter(text, number.End, limit);
    }

    private static Claim Build(Article article, NumberToken number, (string Measure, string Group, int End) noun, Range sentence)
    {
        var text = article.Text;
        var (qualifier, start) = QualifierReader.Read(text, number.Start);
        var scope = ScopeReader.Read(text, sentence, number.Start, number.End);
        var frame = EventFrames.Nearest(text, sentence, number.Start, number.End);
        return new Claim
        {
            Id = ClaimIds.For(article.Id, ClaimKind.Count, start, noun.End),
            Kind = ClaimKind.Count,
            Text = text[start..noun.End],
            Start = start,
            End = noun.End,
            Sentence = text[sentence],
            Quantity = QualifierReader.Bounds(number.Value, noun.Measure, qualifier),
            Qualifier = qualifier,
            Measure = noun.Measure,
            Scope = scope,
            EventFrame = frame,
            FactKey = FactKeys.For(noun.Group, frame, scope, article.PublishedAt),
        };
    }
}
