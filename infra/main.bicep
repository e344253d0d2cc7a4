// Pipeline on Azure Functions Flex Consumption: a custom handler (runtime 'custom'), storage reached only with a
// user-assigned managed identity (shared keys are disabled), Application Insights with Entra ID ingestion, and an
// Event Grid subscription that delivers uploads to the IngestArticle blob trigger. See docs/deploy.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Region for every resource. It must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string

@description('Object id of the person (or CI principal) running azd; gets data access for uploads and reports. Empty: none.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@description('''Creates the Event Grid subscription for the blob trigger. It needs the blobs_extension system key, which exists
only once the code is deployed and the host has started, so the first `azd up` leaves it off and the postdeploy hook
sets PIPELINE_BLOB_EVENTS=true and provisions again (infra/hooks/postdeploy.sh).''')
param blobEventSubscription bool = false

@allowed([512, 2048, 4096])
@description('Flex Consumption instance size. Memory x execution time is what is billed.')
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
@description('Scale-out cap (40 is the Flex minimum); caps the bill if something floods the queue.')
param maximumInstanceCount int = 40

@description('Log Analytics daily ingestion cap in GB; ingestion stops for the day once reached. -1: no cap.')
param logDailyCapGb int = 1

// The app's settings and their defaults, named as PipelineOptions names them (src/Pipeline.Host/Configuration).
// Each becomes the app setting Pipeline__<Name>; the Deploy tests compare these values with the code.
var pipeline = {
  ArticlesContainer: 'articles'
  RejectedContainer: 'articles-rejected'
  NormalizedContainer: 'articles-normalized'
  ClaimsQueue: 'article-claims'
  TablePrefix: ''
  HostId: 'pipeline'
  RollupSchedule: '0 */5 * * * *'
  FullRollupInterval: '1.00:00:00'
  MaxArticlesPerTick: '1000'
}

// TableNames.All, without the prefix.
var tableNames = ['Articles', 'Uploads', 'Claims', 'Facts', 'Sources', 'Changes', 'RollupState', 'FactClaims', 'Ledger', 'ArticleBands']

// The function folder whose function.json holds the blob trigger (Event Grid calls it by name).
var blobTriggerFunctionName = 'IngestArticle'

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var serviceName = 'pipeline'
var functionAppName = '${abbrs.webSitesFunctions}${serviceName}-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${serviceName}-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containerNames: [pipeline.ArticlesContainer, pipeline.RejectedContainer, pipeline.NormalizedContainer, deploymentContainerName]
    queueNames: [pipeline.ClaimsQueue, '${pipeline.ClaimsQueue}-poison']
    tableNames: map(tableNames, table => '${pipeline.TablePrefix}${table}')
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
    dailyCapGb: logDailyCapGb
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module functionApp 'app/function.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': serviceName })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    pipeline: pipeline
  }
  dependsOn: [rbac]
}

// A conditional module is not evaluated when off, so its listKeys call cannot fail before the key exists.
module blobEvents 'app/blob-events.bicep' = if (blobEventSubscription) {
  name: 'blob-events'
  scope: rg
  params: {
    topicName: '${abbrs.eventGridSystemTopics}${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    functionAppName: functionApp.outputs.name
    functionName: blobTriggerFunctionName
    containerName: pipeline.ArticlesContainer
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output PIPELINE_URL string = 'https://${functionApp.outputs.defaultHostName}'
