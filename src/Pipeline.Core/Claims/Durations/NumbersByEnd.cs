using Pipeline.Core.Claims.Numbers;

namespace Pipeline.Core.Claims.Durations;

/// <summary>
/// The number ending at a token (the last one, if several do), for tokens asked about in text order. Numbers come in
/// text order too, so a cursor moves forward over them once, where a dictionary of all of them cost an allocation and
/// a hash per probe; numbers out of order, or a question asked out of order, fall back to the dictionary.
/// </summary>
internal sealed class NumbersByEnd
{
    private readonly List<NumberMention> numbers;
    private Dictionary<int, NumberMention>? byEnd;
    private int cursor;
    private int lastAsked = int.MinValue;

    public NumbersByEnd(List<NumberMention> numbers)
    {
        this.numbers = numbers;
        if (!EndsAscend(numbers))
        {
            byEnd = Index(numbers);
        }
    }

    public bool TryGet(int endToken, out NumberMention number)
    {
        if (byEnd is null && endToken < lastAsked)
        {
            byEnd = Index(numbers);
        }

        lastAsked = endToken;
        if (byEnd is not null)
        {
            return byEnd.TryGetValue(endToken, out number);
        }

        while (cursor < numbers.Count && numbers[cursor].EndToken < endToken)
        {
            cursor++;
        }

        var found = -1;
        for (var k = cursor; k < numbers.Count && numbers[k].EndToken == endToken; k++)
        {
            found = k;
        }

        number = found >= 0 ? numbers[found] : default;
        return found >= 0;
    }

    private static bool EndsAscend(List<NumberMention> numbers)
    {
        for (var k = 1; k < numbers.Count; k++)
        {
            if (numbers[k].EndToken < numbers[k - 1].EndToken)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The later of two numbers with one end wins, as the cursor's answer does.</summary>
    private static Dictionary<int, NumberMention> Index(List<NumberMention> numbers)
    {
        var byEnd = new Dictionary<int, NumberMention>(numbers.Count);
        foreach (var number in numbers)
        {
            byEnd[number.EndToken] = number;
        }

        return byEnd;
    }
}
