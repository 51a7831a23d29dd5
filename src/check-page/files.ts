/**
 * Which of the files HR chose are checked, under which names, and in which order: as the CLI's `check` would list the
 * same folder (`.docx` only, Word's `~$` lock files skipped, each folder's entries by name), with paths relative to
 * the chosen folder, so the page's JSON report equals `check --format json .` run inside that folder.
 */

/** A file chosen in the page, with its path relative to what was chosen ("sub/review.docx"). */
export interface ChosenFile<F = File> {
  path: string;
  file: F;
}

function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/** True for a file `check` reads: a `.docx` that is not a Word lock file. */
export function isCheckable(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return /\.docx$/i.test(name) && !isLockFile(name);
}

/**
 * Orders paths as `check` lists a folder: at each level, entries by name (`localeCompare`, as the CLI sorts its
 * directory entries), files and folders together, a folder's contents in its place.
 */
export function comparePaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i += 1) {
    if (as[i] !== bs[i]) return (as[i] as string).localeCompare(bs[i] as string);
  }
  return as.length - bs.length;
}

/**
 * Paths relative to the folder that was chosen. A folder picker (`webkitdirectory`) and a dropped folder name each file
 * under the folder's own name ("reviews/sub/a.docx"); when everything is under one folder, that name is taken off.
 */
export function relativeToChosenFolder<F>(files: readonly ChosenFile<F>[]): ChosenFile<F>[] {
  const tops = new Set(files.map((f) => (f.path.includes('/') ? f.path.split('/')[0] : null)));
  if (files.length === 0 || tops.size !== 1 || tops.has(null)) return [...files];
  return files.map((f) => ({ ...f, path: f.path.slice(f.path.indexOf('/') + 1) }));
}

/** The files to check, relative to the chosen folder and in `check`'s order; other files are left out. */
export function filesToCheck<F>(files: readonly ChosenFile<F>[]): ChosenFile<F>[] {
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const path = f.path.replace(/^\/+/, '');
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
  return relativeToChosenFolder(unique.map((f) => ({ ...f, path: f.path.replace(/^\/+/, '') })))
    .filter((f) => isCheckable(f.path))
    .sort((a, b) => comparePaths(a.path, b.path));
}

/** The files of a file input: with `webkitdirectory`, each keeps its path inside the chosen folder. */
export function fromFileList(list: FileList | readonly File[]): ChosenFile[] {
  return Array.from(list, (file) => ({ path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name, file }));
}

/** Entries of a dropped folder, read in batches (readEntries gives at most 100 at a time) until none are left. */
function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(out);
        else {
          out.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: ChosenFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ path: entry.fullPath.replace(/^\/+/, ''), file });
  } else if (entry.isDirectory) {
    for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(child, out);
  }
}

/** The files dropped on the page, folders walked recursively. */
export async function fromDrop(transfer: DataTransfer): Promise<ChosenFile[]> {
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e === null)) return fromFileList(transfer.files);
  const out: ChosenFile[] = [];
  for (const entry of entries as FileSystemEntry[]) await walk(entry, out);
  return out;
}
