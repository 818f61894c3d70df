/**
 * The slice of the Drive (v3) and Docs (v1) advanced services the add-on uses, typed narrowly.
 * Both are declared in appsscript.json; a project where they are off gets a clear error.
 */
export interface DriveFile {
  id?: string;
  name?: string;
  trashed?: boolean;
  parents?: string[];
}

export interface FilesApi {
  create(resource: DriveFile & { mimeType?: string }): DriveFile;
  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFile;
  copy(resource: DriveFile, fileId: string, optionalArgs?: Record<string, unknown>): DriveFile;
  update(resource: DriveFile, fileId: string, mediaData?: unknown, optionalArgs?: Record<string, unknown>): DriveFile;
  /** Deletes a file for good (Drive v3 "delete"; named remove in Apps Script). */
  remove(fileId: string): void;
}

export interface PermissionsApi {
  create(resource: { type: string; role: string; emailAddress?: string }, fileId: string, optionalArgs?: Record<string, unknown>): { id?: string };
  list(fileId: string, optionalArgs?: Record<string, unknown>): { permissions?: { id?: string; emailAddress?: string; role?: string }[] };
  /** Drive v3 "delete"; named remove in Apps Script. */
  remove(fileId: string, permissionId: string): void;
}

export interface DocsApi {
  batchUpdate(resource: { requests: unknown[] }, documentId: string): unknown;
}

function missing(service: string): Error {
  return new Error(`The ${service} advanced service is not enabled in this Apps Script project (see README, Installing).`);
}

export function driveFiles(): FilesApi {
  if (typeof Drive === 'undefined' || !Drive?.Files) throw missing('Drive');
  return Drive.Files as unknown as FilesApi;
}

export function drivePermissions(): PermissionsApi {
  if (typeof Drive === 'undefined' || !Drive?.Permissions) throw missing('Drive');
  return Drive.Permissions as unknown as PermissionsApi;
}

export function docsDocuments(): DocsApi {
  if (typeof Docs === 'undefined' || !Docs?.Documents) throw missing('Docs');
  return Docs.Documents as unknown as DocsApi;
}
