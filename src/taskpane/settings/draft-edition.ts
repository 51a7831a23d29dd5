/**
 * Draft editions tried in the pane: chosen as files, checked like the CLI checks an edition folder, and kept per user
 * in this browser's (or Office webview's) localStorage until they return to the bundled edition.
 */
import type { ChosenFile } from '../../core/edition/files';
import { FrameworkError, type Framework, type FrameworkFiles } from '../../core/framework/framework';
import type { FrameworkProblem } from '../../core/framework/validate';

export const DRAFT_EDITION_KEY = 'standards-companion:draft-edition';

export type DraftOutcome = { ok: true; framework: Framework; files: FrameworkFiles } | { ok: false; problems: FrameworkProblem[] };

/**
 * Checks an edition's parsed files: JSON Schema and cross-checks (load.ts, fetched only now, as its own chunk, so
 * the validator is not in the pane's first load), then the one lineage and validity check the CLI and the build use
 * (src/core/edition/lineage.ts) against the bundled edition: no id removed, moved or reused, and no changed edition
 * under the bundled edition's id and version.
 */
export async function checkDraftFiles(files: FrameworkFiles, bundled: Framework): Promise<DraftOutcome> {
  const [{ loadFramework }, { editionProblems }] = await Promise.all([
    import(/* webpackChunkName: "edition-loader" */ '../../core/framework/load'),
    // The lineage check (and the word diff it uses) is in the same chunk: nothing of it is in the first load either.
    import(/* webpackChunkName: "edition-loader" */ '../../core/edition/lineage'),
  ]);
  let framework: Framework;
  try {
    framework = loadFramework(files);
  } catch (error) {
    if (error instanceof FrameworkError) return { ok: false, problems: [...error.problems] };
    throw error;
  }
  // The pane knows only its bundled edition, so a draft whose lineage does not lead to it is refused.
  const lineage = editionProblems(framework, [bundled]);
  return lineage.length > 0 ? { ok: false, problems: lineage } : { ok: true, framework, files };
}

/** A file's text as UTF-8, through FileReader (which every Office webview has, unlike Blob.text()). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Reads the chosen files (refusing any over the size cap before reading it) and checks them as one edition. */
export async function checkDraftEdition(chosen: readonly File[], bundled: Framework): Promise<DraftOutcome> {
  const { MAX_EDITION_FILE_BYTES, parseEditionFiles } = await import(/* webpackChunkName: "edition-loader" */ '../../core/edition/files');
  const read: ChosenFile[] = await Promise.all(
    chosen.map(async (f) => ({ name: f.name, size: f.size, text: f.size > MAX_EDITION_FILE_BYTES ? '' : await readText(f) })),
  );
  const parsed = parseEditionFiles(read);
  if (!parsed.ok) return parsed;
  return checkDraftFiles(parsed.files, bundled);
}

/** Keeps a checked draft for next time. False when storage is off or full: the draft then lasts for this session. */
export function storeDraft(files: FrameworkFiles): boolean {
  try {
    globalThis.localStorage?.setItem(DRAFT_EDITION_KEY, JSON.stringify(files));
    return globalThis.localStorage?.getItem(DRAFT_EDITION_KEY) !== null;
  } catch {
    return false;
  }
}

/** The stored draft's files (to be checked again before use), or null. */
export function storedDraft(): FrameworkFiles | null {
  try {
    const raw = globalThis.localStorage?.getItem(DRAFT_EDITION_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as FrameworkFiles) : null;
  } catch {
    return null;
  }
}

export function forgetDraft(): void {
  try {
    globalThis.localStorage?.removeItem(DRAFT_EDITION_KEY);
  } catch {
    // Nothing stored, or storage is off.
  }
}
