using System.Net;
using System.Net.Sockets;

namespace Pipeline.Integration.Tests.Support;

public static class FreePorts
{
    /// <summary>Asks the OS for free loopback ports, holding all sockets until every port is chosen so none repeats.</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
