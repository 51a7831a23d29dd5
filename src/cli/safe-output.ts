/**
 * Writing a report without ever harming an input. `--out` is refused when it is, by real path or by device and inode
 * (so symlinks and hard links count), any input file, any file inside a folder being read, or any file of an edition
 * in use. The report is written to a temporary file beside the target and renamed over it, so a failure (a full disk,
 * a read-only place) leaves any earlier file there as it was.
 */
import * as fs from 'fs';
import * as path from 'path';
import { UsageError, printable } from './io';

/** The report could not be written. Its message is one plain line for the user. */
export class WriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteError';
  }
}

/** What the guard protects: files read, folders whose contents are read. */
export interface Protected {
  files: readonly string[];
  folders: readonly string[];
}

/** The real path of `p` (the system's realpath: one call, where Node's own walks the path in JavaScript, a step at a time). */
function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return null;
  }
}

/** The real path `p` would have: its parent's real path and its own name, when it does not exist yet. */
function realTarget(p: string): string {
  const whole = realOrNull(p);
  if (whole) return whole;
  const parent = realOrNull(path.dirname(path.resolve(p)));
  return parent ? path.join(parent, path.basename(p)) : path.resolve(p);
}

function inside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Throws a UsageError when writing `out` could change a protected file: the same real path, the same device and inode,
 * or a place inside a protected folder (by real path). Run before anything is read, and again just before writing.
 */
export function guardOutput(out: string, guarded: Protected): void {
  const target = realTarget(out);
  let targetStat: fs.Stats | null = null;
  try {
    targetStat = fs.statSync(out);
  } catch {
    targetStat = null;
  }
  for (const file of guarded.files) {
    const real = realOrNull(file) ?? path.resolve(file);
    if (real === target) throw new UsageError(`--out ${printable(out)} is one of the files being read (${printable(file)}); choose another file for the report.`);
    if (targetStat) {
      try {
        const s = fs.statSync(file);
        if (s.dev === targetStat.dev && s.ino === targetStat.ino) {
          throw new UsageError(`--out ${printable(out)} is a link to one of the files being read (${printable(file)}); choose another file for the report.`);
        }
      } catch (error) {
        if (error instanceof UsageError) throw error;
      }
    }
  }
  for (const folder of guarded.folders) {
    const real = realOrNull(folder) ?? path.resolve(folder);
    if (inside(real, target)) throw new UsageError(`--out ${printable(out)} is inside ${printable(folder)}, a folder being read; write the report somewhere else.`);
  }
}

/** The plain reason for a failed write, from Node's error code. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the place is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'part of the path is not a folder';
    default:
      return code ? `${code}` : (error as Error).message.split('\n')[0] ?? 'unknown error';
  }
}

/**
 * Writes `text` to `out` atomically: a temporary file beside it (same folder, so the same file system), flushed, then
 * renamed over `out`. On any failure the temporary file is removed, `out` is untouched, and a WriteError is thrown.
 */
export function writeFileAtomic(out: string, text: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(out));
  const temp = path.join(dir, `.${path.basename(out)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, out);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // never created
    }
    throw new WriteError(`Could not write the report to ${printable(out)}: ${reason(error)}. Nothing was written${fs.existsSync(out) ? '; the earlier file there is unchanged' : ''}.`);
  }
}
