using Pipeline.Host.Configuration;
using Pipeline.Host.Functions;
using Pipeline.Storage;
using Pipeline.Storage.Queues;

namespace Pipeline.Host.Standalone;

/// <summary>
/// The queue trigger's semantics without the Functions host: batches under a visibility lease, delete on success,
/// release with <c>visibilityTimeout</c> on failure, and <c>&lt;queue&gt;-poison</c> after <c>maxDequeueCount</c> deliveries.
/// </summary>
public sealed class QueueTriggerListener(
    string queue,
    Func<QueueTriggerInput, CancellationToken, Task> invoke,
    StorageAccount storage,
    HostJson settings,
    TimeProvider clock,
    ILogger logger,
    TimeSpan? lease = null)
{
    private readonly TimeSpan _lease = lease ?? TimeSpan.FromMinutes(10);

    public string PoisonQueue => queue + "-poison";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new PollingBackoff(settings.MaxPollingInterval);
        await storage.Queues.CreateIfNotExistsAsync(queue, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            var handled = await PollOnceAsync(cancellationToken);
            if (handled > 0)
            {
                backoff.Reset();
                continue;
            }

            await Task.Delay(backoff.Next(), clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Receives one batch and processes it; returns how many messages it handled.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var messages = await storage.Queues.ReceiveAsync(queue, Math.Clamp(settings.BatchSize, 1, 32), _lease, cancellationToken);
            await Task.WhenAll(messages.Select(m => ProcessAsync(m, cancellationToken)));
            return messages.Count;
        }
        catch (StorageRequestFailedException e)
        {
            Log.ListenerBackoff(logger, e, queue);
            return 0;
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await PoisonAsync(message, message.PopReceipt, cancellationToken);
            return;
        }

        await using var held = new MessageLease(storage.Queues, queue, message, _lease, clock);
        try
        {
            await invoke(new QueueTriggerInput(message.MessageId, message.Text, message.DequeueCount), cancellationToken);
            await held.DisposeAsync();
            await storage.Queues.DeleteMessageAsync(queue, message.MessageId, held.PopReceipt, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.InvocationFailed(logger, e, queue, message.DequeueCount);
            await held.DisposeAsync();
            await FailAsync(message, held.PopReceipt, cancellationToken);
        }
    }

    private async Task FailAsync(QueueMessage message, string popReceipt, CancellationToken cancellationToken)
    {
        if (message.DequeueCount >= settings.MaxDequeueCount)
        {
            await PoisonAsync(message, popReceipt, cancellationToken);
            return;
        }

        await storage.Queues.UpdateVisibilityAsync(queue, message.MessageId, popReceipt, settings.VisibilityTimeout, cancellationToken);
    }

    private async Task PoisonAsync(QueueMessage message, string popReceipt, CancellationToken cancellationToken)
    {
        await storage.Queues.CreateIfNotExistsAsync(PoisonQueue, cancellationToken);
        await storage.Queues.SendAsync(PoisonQueue, message.Text, cancellationToken: cancellationToken);
        await storage.Queues.DeleteMessageAsync(queue, message.MessageId, popReceipt, cancellationToken);
        Log.Poisoned(logger, message.MessageId, PoisonQueue, message.DequeueCount);
    }
}
