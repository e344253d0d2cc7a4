using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>Finds what happened to a counted thing: the frame cue nearest to the number within its sentence.</summary>
public static class EventFrames
{
    private static readonly (string Cue, string Frame)[] Cues = Lexicon.Load("frames.txt").Select(row => (row[0], row[1])).ToArray();

    public static string? Nearest(string text, Range sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (from, to) = (sentence.Start.Value, sentence.End.Value);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (cue, frame) in Cues)
        {
            for (var at = text.IndexOf(cue, from, to - from, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 1 < to ? text.IndexOf(cue, at + 1, to - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (at > 0 && char.IsLetter(text[at - 1]))
                {
                    continue;
                }

                var distance = at >= end ? at - end : Math.Max(0, start - (at + cue.Length));
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (frame, distance);
                }
            }
        }

        return best;
    }
}
