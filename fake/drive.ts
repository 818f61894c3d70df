import { type FakeContext, gasError, tracked } from './core';
import type { DriveFileState, PermissionState } from './state';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DAILY_DOCUMENT_QUOTA = { consumer: 250, workspace: 1500 } as const;

/** The fake's own bookkeeping for Drive files, used by DocumentApp, FormApp and the Drive service. */
export class DriveState {
  constructor(private readonly ctx: FakeContext) {}

  file(id: string): DriveFileState | undefined {
    return this.ctx.state.driveFiles[id];
  }

  get user(): string {
    return this.ctx.state.activeUser;
  }

  role(file: DriveFileState, user = this.user): PermissionState['role'] | null {
    const own = file.permissions.find((p) => p.type === 'user' && p.emailAddress === user);
    if (own) return own.role;
    return file.permissions.find((p) => p.type === 'anyone')?.role ?? null;
  }

  /** Through the Drive API with drive.file: files this user created or opened with the add-on, and may still see. */
  reachable(file: DriveFileState): boolean {
    return file.appAccess.includes(this.user) && this.role(file) !== null;
  }

  /** Through DocumentApp (the documents scope): any document the user can see, whoever created it. */
  canAccess(file: DriveFileState): boolean {
    return this.role(file) !== null && !file.trashed;
  }

  addFile(name: string, mimeType: string, parents: string[]): DriveFileState {
    const now = new Date(this.ctx.clock.now()).toISOString();
    const owner: PermissionState = { id: `perm-${this.ctx.state.activeUser}`, type: 'user', role: 'owner', emailAddress: this.ctx.state.activeUser };
    const file: DriveFileState = {
      id: this.ctx.nextId('file'),
      name,
      mimeType,
      parents: parents.length ? parents : ['root'],
      trashed: false,
      createdTime: now,
      modifiedTime: now,
      permissions: [owner],
      appAccess: [this.ctx.state.activeUser],
    };
    this.ctx.state.driveFiles[file.id] = file;
    return file;
  }

  touch(id: string): void {
    const file = this.file(id);
    if (file) file.modifiedTime = new Date(this.ctx.clock.now()).toISOString();
  }

  /**
   * Documents created per day per user, with Google's error text once the quota is spent. Whether
   * a Drive copy of a document counts is not documented; the stricter reading counts it.
   */
  countDocumentCreated(): void {
    const { state } = this.ctx;
    const usage = this.todaysUsage();
    if (usage.documentsCreated >= DAILY_DOCUMENT_QUOTA[state.accountType]) {
      throw gasError('Service invoked too many times for one day: docs create.');
    }
    usage.documentsCreated += 1;
  }

  remainingDocumentQuota(): number {
    return DAILY_DOCUMENT_QUOTA[this.ctx.state.accountType] - this.todaysUsage().documentsCreated;
  }

  /** Apps Script quotas are per user and reset a day after; here, per UTC day of the clock. */
  todaysUsage(): { day: string; documentsCreated: number; emailRecipients: number } {
    const { state } = this.ctx;
    const day = new Date(this.ctx.clock.now()).toISOString().slice(0, 10);
    state.quotaByUser ??= {};
    let usage = state.quotaByUser[this.user];
    if (usage?.day !== day) {
      usage = { day, documentsCreated: 0, emailRecipients: 0 };
      state.quotaByUser[this.user] = usage;
    }
    return usage;
  }

  path(id: string): string {
    const names: string[] = [];
    let current = this.file(id);
    const seen = new Set<string>();
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.unshift(current.name);
      current = current.parents[0] ? this.file(current.parents[0]) : undefined;
    }
    return names.join('/');
  }
}

interface FileResource {
  name?: string;
  mimeType?: string;
  parents?: string[];
  trashed?: boolean;
}

function fullFile(file: DriveFileState): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    trashed: file.trashed,
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
    webViewLink: `https://drive.google.com/open?id=${file.id}`,
  };
}

/**
 * Drive v3 answers only the fields asked for: "If you don't specify the fields parameter, the
 * server returns a default set of fields specific to the method", for files "the kind, id, name,
 * and mimeType fields" (https://developers.google.com/drive/api/guides/fields-parameter). A
 * field outside that set (parents, trashed, webViewLink) is absent unless asked. The guide says
 * files.list's default explicitly; get, create, copy and update are taken to answer the same set
 * (stricter than sending everything). Nested masks ("files(id,name)") select inside the list.
 */
export const DEFAULT_FILE_FIELDS = ['kind', 'id', 'name', 'mimeType'] as const;

function topLevelFields(mask: string): string[] {
  const fields: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of mask) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      fields.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) fields.push(current.trim());
  return fields;
}

function selectFields(full: Record<string, unknown>, mask: string | undefined): Record<string, unknown> {
  const wanted = mask?.trim() ? topLevelFields(mask) : [...DEFAULT_FILE_FIELDS];
  if (wanted.includes('*')) return full;
  return Object.fromEntries(wanted.filter((name) => name in full).map((name) => [name, full[name]]));
}

function publicFile(file: DriveFileState, options?: { fields?: string }) {
  return selectFields(fullFile(file), options?.fields) as {
    id: string;
    name?: string;
    mimeType?: string;
    parents?: string[];
    trashed?: boolean;
    webViewLink?: string;
  };
}

/** files.list: the default is "kind, id, name, and mimeType" for each file; a mask like "files(id,parents)" selects within. */
function listFields(mask: string | undefined): string | undefined {
  const nested = mask ? /(?:^|,)\s*files\(([^)]*)\)/.exec(mask) : null;
  return nested ? nested[1] : mask?.includes('files') ? '*' : undefined;
}

function notFound(id: string, call = 'drive.files.get'): Error {
  return gasError(`API call to ${call} failed with error: File not found: ${id}.`);
}

function insufficient(id: string, call: string): Error {
  return gasError(`API call to ${call} failed with error: The user does not have sufficient permissions for file ${id}.`);
}

/**
 * Google refuses to share silently with an address that has no Google account: HTTP 400,
 * reason invalidSharingRequest, with this text as observed live, double quotes around "Notify
 * people" included (https://github.com/gather-community/gather/pull/1049; community code; the
 * parameters: https://developers.Google.com/drive/api/v3/reference/permissions/create). The
 * "API call to … failed with error: " prefix is the advanced service's, assumed.
 */
export function noAccountMessage(email: string): string {
  return `API call to drive.permissions.create failed with error: Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`;
}

const CAN_WRITE = new Set(['owner', 'writer']);

/**
 * The Advanced Drive service, version 3 (Drive.Files, Drive.Permissions), under drive.file: only
 * files this user created or opened with the add-on; only a file's owner may trash or delete it.
 */
export function createDriveService(ctx: FakeContext, drive: DriveState) {
  const accessible = (id: string, call = 'drive.files.get') => {
    const file = drive.file(id);
    if (!file || !drive.reachable(file)) throw notFound(id, call);
    return file;
  };
  const writable = (id: string, call: string) => {
    const file = accessible(id, call);
    if (!CAN_WRITE.has(drive.role(file) ?? '')) throw insufficient(id, call);
    return file;
  };
  const owned = (id: string, call: string) => {
    const file = accessible(id, call);
    if (drive.role(file) !== 'owner') throw insufficient(id, call);
    return file;
  };
  const Files = tracked(
    {
      create: (resource: FileResource, _blob?: unknown, options?: { fields?: string }) => {
        for (const parent of resource.parents ?? []) writable(parent, 'drive.files.create');
        const file = drive.addFile(resource.name ?? 'Untitled', resource.mimeType ?? 'application/octet-stream', resource.parents ?? []);
        return publicFile(file, options);
      },
      get: (id: string, options?: { fields?: string }) => publicFile(accessible(id), options),
      copy: (resource: FileResource, id: string, options?: { fields?: string }) => {
        const source = accessible(id, 'drive.files.copy');
        for (const parent of resource.parents ?? []) writable(parent, 'drive.files.copy');
        if (source.mimeType.endsWith('.document')) drive.countDocumentCreated();
        const file = drive.addFile(resource.name ?? `Copy of ${source.name}`, source.mimeType, resource.parents ?? source.parents);
        const doc = ctx.state.documents[id];
        if (doc) ctx.state.documents[file.id] = { ...JSON.parse(JSON.stringify(doc)), id: file.id };
        return publicFile(file, options);
      },
      update: (resource: FileResource, id: string, _blob?: unknown, options: { addParents?: string; removeParents?: string; fields?: string } = {}) => {
        const file = resource.trashed !== undefined ? owned(id, 'drive.files.update') : writable(id, 'drive.files.update');
        if (options.addParents) for (const parent of options.addParents.split(',')) writable(parent, 'drive.files.update');
        if (resource.name !== undefined) file.name = resource.name;
        if (resource.trashed !== undefined) file.trashed = resource.trashed;
        if (options.removeParents) file.parents = file.parents.filter((p) => !options.removeParents!.split(',').includes(p));
        if (options.addParents) file.parents.push(...options.addParents.split(','));
        drive.touch(id);
        return publicFile(file, options);
      },
      /** files.delete: "Permanently deletes a file owned by the user without moving it to the trash." */
      remove: (id: string) => {
        owned(id, 'drive.files.delete');
        delete ctx.state.driveFiles[id];
        delete ctx.state.documents[id];
      },
      /** Supports the queries the add-on makes: "'<folder>' in parents", "name = '…'", "mimeType = '…'", "trashed = false". */
      list: (options: { q?: string; fields?: string } = {}) => {
        const q = options.q ?? '';
        const clauses = q.split(/\s+and\s+/i).filter(Boolean);
        const files = Object.values(ctx.state.driveFiles).filter((file) => {
          if (!drive.reachable(file)) return false;
          return clauses.every((clause) => {
            const parent = /^'([^']+)' in parents$/.exec(clause.trim());
            if (parent) return file.parents.includes(parent[1]!);
            const eq = /^(name|mimeType)\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(clause.trim());
            if (eq) return file[eq[1] as 'name' | 'mimeType'] === eq[2]!.replace(/\\(.)/g, '$1');
            const trashed = /^trashed\s*=\s*(true|false)$/.exec(clause.trim());
            if (trashed) return file.trashed === (trashed[1] === 'true');
            throw gasError(`API call to drive.files.list failed with error: Invalid Value (${clause})`);
          });
        });
        const fields = listFields(options.fields);
        return { files: files.map((file) => publicFile(file, { fields })) };
      },
    },
    'Drive.Files',
    ctx,
  );
  const Permissions = tracked(
    {
      create: (
        resource: Omit<PermissionState, 'id' | 'notification'>,
        fileId: string,
        options: { sendNotificationEmail?: boolean; emailMessage?: string } = {},
      ) => {
        const file = writable(fileId, 'drive.permissions.create');
        const email = resource.emailAddress ?? '';
        const person = ctx.state.people[email];
        // sendNotificationEmail defaults to true for users and groups.
        if (resource.type === 'user' && !person?.googleAccount && options.sendNotificationEmail === false) throw gasError(noAccountMessage(email));
        const existing = file.permissions.find((p) => p.type === resource.type && p.emailAddress === resource.emailAddress);
        if (existing) {
          if (existing.role !== 'owner') existing.role = resource.role;
          return { ...existing };
        }
        const permission: PermissionState = { ...resource, id: ctx.nextId('perm') };
        if (resource.type === 'user' && options.sendNotificationEmail !== false) permission.notification = options.emailMessage ?? '';
        file.permissions.push(permission);
        return { ...permission };
      },
      list: (fileId: string) => ({ permissions: accessible(fileId, 'drive.permissions.list').permissions.map((p) => ({ ...p })) }),
      remove: (fileId: string, permissionId: string) => {
        const file = writable(fileId, 'drive.permissions.delete');
        file.permissions = file.permissions.filter((p) => p.id !== permissionId || p.role === 'owner');
      },
    },
    'Drive.Permissions',
    ctx,
  );
  return { Files, Permissions };
}
