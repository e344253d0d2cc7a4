// One account for the pipeline's data and the Functions host (AzureWebJobsStorage), reachable only with Entra ID.
param name string
param location string
param tags object
param containerNames array
param queueNames array
param tableNames array

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }

  resource blobService 'blobServices' = {
    name: 'default'
    resource containers 'containers' = [for container in containerNames: {
      name: container
      properties: { publicAccess: 'None' }
    }]
  }

  resource queueService 'queueServices' = {
    name: 'default'
    resource queues 'queues' = [for queue in queueNames: {
      name: queue
    }]
  }

  resource tableService 'tableServices' = {
    name: 'default'
    resource tables 'tables' = [for table in tableNames: {
      name: table
    }]
  }
}

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
