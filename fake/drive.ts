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

  canAccess(file: DriveFileState): boolean {
    return file.appCreated && !file.trashed;
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
      appCreated: true,
    };
    this.ctx.state.driveFiles[file.id] = file;
    return file;
  }

  touch(id: string): void {
    const file = this.file(id);
    if (file) file.modifiedTime = new Date(this.ctx.clock.now()).toISOString();
  }

  /** Documents created per day per user, with Google's error text once the quota is spent. */
  countDocumentCreated(): void {
    const { state } = this.ctx;
    const day = new Date(this.ctx.clock.now()).toISOString().slice(0, 10);
    if (state.quota.day !== day) state.quota = { day, documentsCreated: 0 };
    if (state.quota.documentsCreated >= DAILY_DOCUMENT_QUOTA[state.accountType]) {
      throw gasError('Service invoked too many times for one day: docs create.');
    }
    state.quota.documentsCreated += 1;
  }

  remainingDocumentQuota(): number {
    const { state } = this.ctx;
    const day = new Date(this.ctx.clock.now()).toISOString().slice(0, 10);
    const used = state.quota.day === day ? state.quota.documentsCreated : 0;
    return DAILY_DOCUMENT_QUOTA[state.accountType] - used;
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

function publicFile(file: DriveFileState) {
  return {
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

function notFound(id: string): Error {
  return gasError(`API call to drive.files.get failed with error: File not found: ${id}.`);
}

/** The Advanced Drive service, version 3 (Drive.Files, Drive.Permissions), limited to drive.file. */
export function createDriveService(ctx: FakeContext, drive: DriveState) {
  const accessible = (id: string) => {
    const file = drive.file(id);
    if (!file?.appCreated) throw notFound(id);
    return file;
  };
  const Files = tracked(
    {
      create: (resource: FileResource) => {
        const file = drive.addFile(resource.name ?? 'Untitled', resource.mimeType ?? 'application/octet-stream', resource.parents ?? []);
        return publicFile(file);
      },
      get: (id: string) => publicFile(accessible(id)),
      copy: (resource: FileResource, id: string) => {
        const source = accessible(id);
        if (source.mimeType.endsWith('.document')) drive.countDocumentCreated();
        const file = drive.addFile(resource.name ?? `Copy of ${source.name}`, source.mimeType, resource.parents ?? source.parents);
        const doc = ctx.state.documents[id];
        if (doc) ctx.state.documents[file.id] = { ...JSON.parse(JSON.stringify(doc)), id: file.id };
        return publicFile(file);
      },
      update: (resource: FileResource, id: string, _blob?: unknown, options: { addParents?: string; removeParents?: string } = {}) => {
        const file = accessible(id);
        if (resource.name !== undefined) file.name = resource.name;
        if (resource.trashed !== undefined) file.trashed = resource.trashed;
        if (options.removeParents) file.parents = file.parents.filter((p) => !options.removeParents!.split(',').includes(p));
        if (options.addParents) file.parents.push(...options.addParents.split(','));
        drive.touch(id);
        return publicFile(file);
      },
      remove: (id: string) => {
        accessible(id);
        delete ctx.state.driveFiles[id];
        delete ctx.state.documents[id];
      },
      /** Supports the queries the add-on makes: "'<folder>' in parents", "name = '…'", "mimeType = '…'", "trashed = false". */
      list: (options: { q?: string } = {}) => {
        const q = options.q ?? '';
        const clauses = q.split(/\s+and\s+/i).filter(Boolean);
        const files = Object.values(ctx.state.driveFiles).filter((file) => {
          if (!file.appCreated) return false;
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
        return { files: files.map(publicFile) };
      },
    },
    'Drive.Files',
    ctx,
  );
  const Permissions = tracked(
    {
      create: (resource: Omit<PermissionState, 'id'>, fileId: string, _options?: { sendNotificationEmail?: boolean }) => {
        const file = accessible(fileId);
        const permission: PermissionState = { ...resource, id: ctx.nextId('perm') };
        file.permissions.push(permission);
        return { ...permission };
      },
      list: (fileId: string) => ({ permissions: accessible(fileId).permissions.map((p) => ({ ...p })) }),
      remove: (fileId: string, permissionId: string) => {
        const file = accessible(fileId);
        file.permissions = file.permissions.filter((p) => p.id !== permissionId || p.role === 'owner');
      },
    },
    'Drive.Permissions',
    ctx,
  );
  return { Files, Permissions };
}
