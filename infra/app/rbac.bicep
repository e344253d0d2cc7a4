// Data-plane roles. The app's identity gets what the Functions host and the app need on the one storage account;
// the person running azd (principalId) gets enough to upload articles and read results with the CLI.
param storageAccountName string
param applicationInsightsName string
param identityPrincipalId string
param userPrincipalId string
@allowed(['User', 'ServicePrincipal'])
param userPrincipalType string

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageTableDataReader: '76199698-9eea-4c19-bc75-cec21354c6b6'
}

// Blob Data Owner (not Contributor) because the deployment container and the host's lease and key blobs live here too.
var identityStorageRoles = [roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor]
var userStorageRoles = empty(userPrincipalId) ? [] : [roles.storageBlobDataContributor, roles.storageTableDataReader]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource identityStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in identityStorageRoles: {
  name: guid(storage.id, identityPrincipalId, role)
  scope: storage
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource identityMetrics 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

resource userStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in userStorageRoles: {
  name: guid(storage.id, userPrincipalId, role)
  scope: storage
  properties: {
    principalId: userPrincipalId
    principalType: userPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]
