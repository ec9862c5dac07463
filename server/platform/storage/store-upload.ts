import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Executor } from '../../db/client';
import { AppError } from '../errors/app-error';
import type { FileStorage } from './file-storage';
import { storedFiles } from './tables';

/** What an applicant may upload, recognised by content (magic bytes), never by name or declared type. */
const ACCEPTED: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

export interface StoredFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** Checks an upload by content and size, keeps the bytes in storage and the facts (with a SHA-256) in the database. */
export async function storeUpload(
  exec: Executor,
  storage: FileStorage,
  input: { ownerId: string; fileName: string; bytes: Buffer; maxBytes: number },
): Promise<StoredFile> {
  if (input.bytes.length === 0) throw new AppError('storage.file_type');
  if (input.bytes.length > input.maxBytes) throw new AppError('storage.file_too_large', { details: { maxBytes: input.maxBytes } });
  const detected = await fileTypeFromBuffer(input.bytes);
  const mediaType = detected ? ACCEPTED[detected.ext] : undefined;
  if (!mediaType) throw new AppError('storage.file_type', { details: { detected: detected?.mime ?? null } });
  const id = randomUUID();
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storageKey = `${id.slice(0, 2)}/${id}`;
  await storage.put(storageKey, input.bytes);
  const fileName = [...input.fileName].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c)).join('').slice(0, 120) || 'file';
  await exec.insert(storedFiles).values({ id, ownerId: input.ownerId, storageKey, mediaType, sizeBytes: input.bytes.length, sha256, fileName });
  return { id, fileName, mediaType, sizeBytes: input.bytes.length, sha256 };
}
