import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Signer } from './signing';

function newPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

const pem = newPem();
const signer = new Signer(pem);

/** Replaces one character of a base64url segment with another valid one. */
function tamperSegment(jws: string, index: number): string {
  const parts = jws.split('.');
  const segment = parts[index]!;
  const at = Math.floor(segment.length / 2);
  parts[index] = `${segment.slice(0, at)}${segment[at] === 'A' ? 'B' : 'A'}${segment.slice(at + 1)}`;
  return parts.join('.');
}

describe('Signer (Ed25519 compact JWS)', () => {
  it('signs and verifies a payload, with its key id in the header', async () => {
    const jws = await signer.sign({ typ: 'test', seq: 7, hash: 'abc' });
    expect(jws.split('.')).toHaveLength(3);
    await expect(signer.verify(jws)).resolves.toEqual({ typ: 'test', seq: 7, hash: 'abc' });
    const header = JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString()) as { alg: string; kid: string };
    expect(header).toEqual({ alg: 'EdDSA', kid: signer.keyId });
  });

  it('derives a stable key id from the public key', () => {
    expect(new Signer(pem).keyId).toBe(signer.keyId);
    expect(new Signer(newPem()).keyId).not.toBe(signer.keyId);
  });

  it('rejects a tampered payload, signature or header', async () => {
    const jws = await signer.sign({ seq: 1, hash: 'a'.repeat(64) });
    for (const index of [0, 1, 2]) await expect(signer.verify(tamperSegment(jws, index)), `segment ${index}`).rejects.toThrow();
    const forgedPayload = Buffer.from(JSON.stringify({ seq: 2, hash: 'a'.repeat(64) })).toString('base64url');
    const [header, , signature] = jws.split('.');
    await expect(signer.verify(`${header}.${forgedPayload}.${signature}`)).rejects.toThrow();
  });

  it('rejects a signature made with another key', async () => {
    const jws = await new Signer(newPem()).sign({ seq: 1 });
    await expect(signer.verify(jws)).rejects.toThrow();
  });
});
