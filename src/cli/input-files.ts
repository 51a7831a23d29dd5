/**
 * Which inputs are read, and how: regular files only. The type of every path is checked before it is opened, so a
 * named pipe (which would block for ever), a device such as /dev/zero (which never ends, and whose size reads as 0)
 * or a socket gets one error and is never opened. Symbolic links are followed to a regular file, or reported; links to
 * folders are followed once each (a loop is never walked twice), to a limited depth.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Folders are walked at most this deep (a school's HR share is a few levels). */
export const MAX_FOLDER_DEPTH = 32;

/** Why a path is not a regular file, or null when it is one (links followed). */
export function notRegularFile(p: string): string | null {
  let link: fs.Stats;
  try {
    link = fs.lstatSync(p);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EACCES' ? 'The file cannot be opened (permission denied).' : 'No such file.';
  }
  let stat = link;
  if (link.isSymbolicLink()) {
    try {
      stat = fs.statSync(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return 'This is a symbolic link that loops back on itself; it was not read.';
      if (code === 'EACCES') return 'This is a symbolic link to a file that cannot be opened (permission denied).';
      return 'This is a symbolic link to a file that is not there; it was not read.';
    }
  }
  return typeError(stat);
}

/** The error for a file of this type, or null for a regular file. */
export function typeError(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'This is a folder, not a file.';
  if (stat.isFIFO()) return 'This is a named pipe, not a file; it was not read.';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'This is a device, not a file; it was not read.';
  if (stat.isSocket()) return 'This is a socket, not a file; it was not read.';
  return 'This is not a regular file; it was not read.';
}

/**
 * Reads a regular file, at most `max` bytes: returns the bytes, or the size when the file is larger. The file is
 * opened without blocking (a pipe swapped in after the check cannot hang the run) and its type checked again on the
 * open descriptor. Throws a Node error (ENOENT, EACCES …) or an Error with the user's message.
 */
export function readRegularFile(p: string, max: number): { bytes: Buffer } | { tooLarge: number } {
  const fd = fs.openSync(p, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    const wrong = typeError(stat);
    if (wrong) throw new Error(wrong);
    if (stat.size > max) return { tooLarge: stat.size };
    // Read to the end, but never past `max`: a file that grows while it is read is cut off and refused.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * 1024), max + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) return { tooLarge: total };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    fs.closeSync(fd);
  }
}

function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/** A Word file the checker reads (.docx) or refuses with a clear message (.doc). */
function isWordFile(name: string): boolean {
  return /\.docx?$/i.test(name) && !isLockFile(name);
}

export interface Target {
  path: string;
  /** Set when the path cannot be read (not there, not a regular file, a link loop …). */
  error?: string;
}

/** What the command line names: the documents to read and the folders they were found in. */
export interface Inputs {
  targets: Target[];
  folders: string[];
}

/**
 * Every .docx and .doc under a folder, recursively, in a stable order; Word's `~$` lock files are skipped. Links to
 * files are followed; links to folders are followed unless that folder has already been walked (a loop).
 */
function wordFilesUnder(folder: string, out: Target[], seen: Set<string>, depth: number): void {
  let real: string;
  try {
    real = fs.realpathSync(folder);
  } catch {
    out.push({ path: folder, error: 'This folder cannot be read.' });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  if (depth > MAX_FOLDER_DEPTH) {
    out.push({ path: folder, error: `This folder is more than ${MAX_FOLDER_DEPTH} levels deep; it was not read.` });
    return;
  }
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    out.push({ path: folder, error: (error as NodeJS.ErrnoException).code === 'EACCES' ? 'This folder cannot be opened (permission denied).' : 'This folder cannot be read.' });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      wordFilesUnder(full, out, seen, depth + 1);
      continue;
    }
    if (entry.isSymbolicLink()) {
      let stat: fs.Stats | null = null;
      try {
        stat = fs.statSync(full);
      } catch {
        stat = null;
      }
      if (stat?.isDirectory()) {
        wordFilesUnder(full, out, seen, depth + 1);
        continue;
      }
    }
    if (!isWordFile(entry.name)) continue;
    const error = notRegularFile(full);
    out.push(error ? { path: full, error } : { path: full });
  }
}

/**
 * The documents named on the command line, folders expanded; a path that cannot be used carries its error. A file named
 * twice (on its own and inside a folder given too) is read and reported once.
 */
export function collectInputs(args: readonly string[]): Inputs {
  const { targets, folders } = collectAll(args);
  const seen = new Set<string>();
  return {
    targets: targets.filter((t) => {
      const key = path.resolve(t.path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    folders,
  };
}

function collectAll(args: readonly string[]): Inputs {
  const targets: Target[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(arg);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      folders.push(arg);
      wordFilesUnder(arg, targets, seen, 0);
    } else if (!isLockFile(path.basename(arg))) {
      const found = notRegularFile(arg);
      // A name on the command line may have meant a folder.
      const error = found === 'No such file.' ? 'No such file or folder.' : found;
      targets.push(error ? { path: arg, error } : { path: arg });
    }
  }
  return { targets, folders };
}
