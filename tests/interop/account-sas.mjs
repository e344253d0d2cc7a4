// Prints an account SAS (blob, queue, table; all resource types; read/write/delete/list/add/create/update/process)
// valid for one hour, signed with the account key from AZURE_STORAGE_CONNECTION_STRING.
import { AccountSASPermissions, AccountSASResourceTypes, AccountSASServices, generateAccountSASQueryParameters, StorageSharedKeyCredential } from "@azure/storage-blob";

const parts = Object.fromEntries(process.env.AZURE_STORAGE_CONNECTION_STRING.split(";").filter(Boolean).map((p) => {
  const i = p.indexOf("=");
  return [p.slice(0, i), p.slice(i + 1)];
}));
const credential = new StorageSharedKeyCredential(parts.AccountName, parts.AccountKey);
const sas = generateAccountSASQueryParameters({
  expiresOn: new Date(Date.now() + 3600_000),
  startsOn: new Date(Date.now() - 300_000),
  permissions: AccountSASPermissions.parse("rwdlacup"),
  resourceTypes: AccountSASResourceTypes.parse("sco").toString(),
  services: AccountSASServices.parse("bqt").toString(),
  version: "2025-11-05",
}, credential).toString();
process.stdout.write(JSON.stringify({ sas }));
