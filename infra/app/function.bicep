// Flex Consumption plan and the function app. Runtime 'custom': the package carries its own self-contained
// linux-x64 executable (host.json names it), so no .NET runtime is assumed on the worker.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string
param instanceMemoryMB int
param maximumInstanceCount int
@description('The Pipeline section: each key becomes Pipeline__<key>.')
param pipeline object

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }

  // Identity-based connections only: no key or connection string is ever stored. Flex ignores
  // FUNCTIONS_WORKER_RUNTIME and WEBSITE_RUN_FROM_PACKAGE; the runtime is functionAppConfig.runtime above.
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      AzureWebJobsStorage__accountName: storage.name
      AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      Pipeline__ArticlesContainer: pipeline.ArticlesContainer
      Pipeline__RejectedContainer: pipeline.RejectedContainer
      Pipeline__NormalizedContainer: pipeline.NormalizedContainer
      Pipeline__ClaimsQueue: pipeline.ClaimsQueue
      Pipeline__TablePrefix: pipeline.TablePrefix
      Pipeline__HostId: pipeline.HostId
      Pipeline__RollupSchedule: pipeline.RollupSchedule
      Pipeline__FullRollupInterval: pipeline.FullRollupInterval
      Pipeline__MaxArticlesPerTick: pipeline.MaxArticlesPerTick
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
