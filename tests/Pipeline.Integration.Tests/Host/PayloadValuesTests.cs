using System.Text.Json;
using Pipeline.Host.CustomHandler;

namespace Pipeline.Integration.Tests.Host;

public class PayloadValuesTests
{
    [Theory]
    [InlineData("{\"v\":\"\\\"hello!!\\\"\"}", "hello!!")]
    [InlineData("{\"v\":\"plain\"}", "plain")]
    [InlineData("{\"v\":3}", "3")]
    public void Text_HostEncodedValue_IsDecodedOnce(string json, string expected)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

        Assert.Equal(expected, PayloadValues.Text(values, "v"));
    }

    [Theory]
    [InlineData("{\"DequeueCount\":\"4\"}", 4L)]
    [InlineData("{\"dequeuecount\":5}", 5L)]
    public void Number_StringOrNumber_Parses(string json, long expected)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

        Assert.Equal(expected, PayloadValues.Number(values, "DequeueCount"));
    }

    [Theory]
    [InlineData("{\"msg\":\"aGk=\"}", "hi")]
    [InlineData("{\"msg\":\"\\\"hi there\\\"\"}", "hi there")]
    public void Bytes_BinaryOrStringTrigger_GivesTheRawBytes(string json, string expected)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(PayloadValues.Bytes(values, "msg")));
    }
}
