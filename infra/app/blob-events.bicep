// Event Grid delivery for the Event Grid-sourced blob trigger (Flex Consumption has no polling blob trigger).
// Deploy only after the code: the webhook needs the host's blobs_extension system key, which the host creates
// when it first starts with a blob trigger whose source is EventGrid.
param topicName string
param location string
param tags object
param storageAccountName string
param functionAppName string
@description('The function folder with the blob trigger; Event Grid calls Host.Functions.<name>.')
param functionName string
param containerName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

// Read at deployment time; the key is never written to a file, an output or a parameter.
var blobsExtensionKey = listKeys('${site.id}/host/default', '2024-04-01').systemKeys.blobs_extension

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: topicName
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }

  resource subscription 'eventSubscriptions' = {
    name: '${toLower(functionName)}-blob-created'
    properties: {
      destination: {
        endpointType: 'WebHook'
        properties: {
          endpointUrl: 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        }
      }
      filter: {
        includedEventTypes: ['Microsoft.Storage.BlobCreated']
        subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
      }
      eventDeliverySchema: 'EventGridSchema'
      retryPolicy: {
        maxDeliveryAttempts: 30
        eventTimeToLiveInMinutes: 1440
      }
    }
  }
}
