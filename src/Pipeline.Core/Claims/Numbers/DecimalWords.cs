using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>The spoken decimals after "point": "point zero three" = .03, "point seventy-one" = .71, "point nought four" = .04.</summary>
internal static class DecimalWords
{
    public static bool TryRead(TextContext context, int index, out double fraction, out int end)
    {
        var digits = new System.Text.StringBuilder();
        end = index;
        while (NumberWords.TryGet(context, end, out var value, out var kind) && kind == NumberWordKind.Unit)
        {
            var isCompound = value is >= 20 and < 100 && context.IsChar(end + 1, '-')
                && NumberWords.TryGet(context, end + 2, out var unit, out var unitKind) && unitKind == NumberWordKind.Unit && unit < 10;
            if (isCompound)
            {
                value += NumberWords.TryGet(context, end + 2, out var ones, out _) ? ones : 0;
                end += 2;
            }

            digits.Append(((int)value).ToString(CultureInfo.InvariantCulture));
            end++;
            if (value >= 10)
            {
                break;
            }
        }

        fraction = digits.Length == 0 ? 0 : double.Parse($"0.{digits}", CultureInfo.InvariantCulture);
        return digits.Length > 0;
    }
}
