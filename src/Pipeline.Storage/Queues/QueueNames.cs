namespace Pipeline.Storage.Queues;

public static class QueueNames
{
    public static void Validate(string name) => ResourceNames.ValidateDnsStyle(name, "queue");
}
