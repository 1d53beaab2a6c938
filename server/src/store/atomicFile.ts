// File I/O for the store: atomic replacement, change detection, backups. All asynchronous.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** What a file looked like when it was read: compared before writing to detect other writers. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface StampedText {
  text: string;
  stamp: FileStamp;
}

export const hashText = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reads a UTF-8 file with its stamp, or null when it does not exist. */
export async function readStamped(file: string): Promise<StampedText | null> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const stat = await handle.stat();
    const text = await handle.readFile('utf8');
    return { text, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, sha256: hashText(text) } };
  } finally {
    await handle.close();
  }
}

/** True when the file's content differs from the stamp (null stamp: the file did not exist). */
export function changedSince(current: StampedText | null, stamp: FileStamp | null): boolean {
  if (!current || !stamp) return current !== null || stamp !== null;
  return current.stamp.sha256 !== stamp.sha256;
}

/**
 * Replaces a file atomically: writes a temporary file in the same directory, flushes it, then renames
 * it over the target, so a reader never sees a half-written file. Returns the new stamp.
 */
export async function writeAtomic(file: string, text: string): Promise<FileStamp> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
  const stat = await fs.stat(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: hashText(text) };
}

/** Copies a file to `<file>.bak-<timestamp>` (never replacing an existing backup); returns the backup path. */
export async function backupFile(file: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n++) {
    const backup = `${file}.bak-${stamp}${n ? `-${n}` : ''}`;
    try {
      await fs.copyFile(file, backup, fs.constants.COPYFILE_EXCL);
      return backup;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
