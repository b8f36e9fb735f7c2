import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { GAZETTEER_ADDITION_FILE } from '../core/gazetteer/merge-gazetteer-additions.ts';
import { runPipeline, type ProjectPaths } from './project.ts';

/** The files an article folder written by the authoring page may hold. */
export const ARTICLE_FOLDER_FILES: ReadonlySet<string> = new Set(['ar.md', 'en.md', 'claims.yaml', GAZETTEER_ADDITION_FILE]);

/** What the authoring page sends to "Save to content/". */
export interface SaveRequest {
  /** The article id: the folder's name. */
  id: string;
  /** File name → text; names from {@link ARTICLE_FOLDER_FILES}. */
  files: Record<string, string>;
  /** Replace a folder of that name that exists already. @defaultValue false */
  overwrite?: boolean;
}

/** The answer: what was written, or every problem (and nothing written). */
export type SaveResult = { ok: true; folder: string; written: string[] } | { ok: false; problems: string[] };

const ARTICLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Writes an article folder into the content folder after the same validation as `npm run geo`:
 * the pipeline runs on a temporary copy of the content folder with the new folder in it, and only
 * if it passes is the folder written, into a temporary folder renamed into place (a folder being
 * replaced is moved aside first and removed last). On any problem nothing is written and every
 * problem is returned, as `npm run geo` prints it.
 */
export function saveArticleFolder(paths: ProjectPaths, request: unknown): SaveResult {
  const problems = checkRequest(request);
  if (problems.length > 0) return { ok: false, problems };
  const { id, files, overwrite } = request as SaveRequest;
  const contentDir = resolve(paths.root, paths.content);
  const target = join(contentDir, id);
  if (existsSync(target) && !overwrite) {
    return { ok: false, problems: [`${paths.content}/${id}/: exists already (expected a new article id, or overwrite: true to replace it)`] };
  }

  // The pipeline on a copy: the project's content with this folder in it (replacing an old one).
  const scratch = mkdtempSync(join(tmpdir(), 'cm-save-'));
  try {
    const copy = join(scratch, paths.content);
    mkdirSync(copy, { recursive: true });
    if (existsSync(contentDir)) cpSync(contentDir, copy, { recursive: true });
    rmSync(join(copy, id), { recursive: true, force: true });
    writeFolder(join(copy, id), files);
    try {
      runPipeline({ ...paths, root: scratch, gazetteer: resolve(paths.root, paths.gazetteer), osmGazetteer: resolve(paths.root, paths.osmGazetteer), basemap: resolve(paths.root, paths.basemap) });
    } catch (error) {
      if (error instanceof ValidationError) return { ok: false, problems: error.issues.map((issue) => formatIssue({ ...issue, file: issue.file.replace(`${scratch}/`, '') })) };
      throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const staging = join(contentDir, `.${id}.saving`);
  const aside = join(contentDir, `.${id}.replaced`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(aside, { recursive: true, force: true });
  writeFolder(staging, files);
  if (existsSync(target)) renameSync(target, aside);
  renameSync(staging, target);
  rmSync(aside, { recursive: true, force: true });
  return { ok: true, folder: `${paths.content}/${id}/`, written: Object.keys(files).sort().map((name) => `${paths.content}/${id}/${name}`) };
}

function writeFolder(folder: string, files: Record<string, string>): void {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text, 'utf8');
}

function checkRequest(request: unknown): string[] {
  if (typeof request !== 'object' || request === null) return ['request: expected an object { id, files }'];
  const { id, files, overwrite } = request as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof id !== 'string' || !ARTICLE_ID.test(id)) problems.push(`id: expected a kebab-case article id, found ${JSON.stringify(id)}`);
  if (overwrite !== undefined && typeof overwrite !== 'boolean') problems.push(`overwrite: expected true or false, found ${JSON.stringify(overwrite)}`);
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    problems.push('files: expected an object of file name → text');
    return problems;
  }
  const names = Object.keys(files);
  if (!names.some((n) => n.endsWith('.md'))) problems.push('files: expected ar.md or en.md');
  for (const name of names) {
    if (!ARTICLE_FOLDER_FILES.has(name)) problems.push(`files: "${name}" is not a file of an article folder (expected ${[...ARTICLE_FOLDER_FILES].join(', ')})`);
    else if (typeof (files as Record<string, unknown>)[name] !== 'string') problems.push(`files.${name}: expected text`);
  }
  return problems;
}
