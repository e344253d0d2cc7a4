using System.Reflection;
using System.Text.RegularExpressions;
using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims;

/// <summary>Every Regex in Pipeline.Core is linear-time (NonBacktracking) or source-generated with a match timeout.</summary>
public class RegexSafetyTests
{
    [Fact]
    public void PipelineCore_EveryRegexMemberAndField_IsNonBacktrackingOrGeneratedWithTimeout()
    {
        const BindingFlags All = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var unsafeRegexes = new List<string>();
        foreach (var type in typeof(ClaimExtractor).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            var regexes = type.GetFields(All).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)).Select(f => (f.Name, Regex: f.GetValue(null) as Regex))
                .Concat(type.GetMethods(All).Where(m => typeof(Regex).IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 0)
                    .Select(m => (m.Name, Regex: m.Invoke(null, null) as Regex)))
                .Concat(type.GetProperties(All).Where(p => typeof(Regex).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0)
                    .Select(p => (p.Name, Regex: p.GetValue(null) as Regex)));
            foreach (var (name, regex) in regexes)
            {
                if (regex is not null && !IsSafe(regex))
                {
                    unsafeRegexes.Add($"{type.FullName}.{name}");
                }
            }
        }

        Assert.Empty(unsafeRegexes);
    }

    private static bool IsSafe(Regex regex)
    {
        var nonBacktracking = regex.Options.HasFlag(RegexOptions.NonBacktracking);
        var generated = regex.GetType() != typeof(Regex);
        return nonBacktracking || (generated && regex.MatchTimeout != Regex.InfiniteMatchTimeout);
    }
}
