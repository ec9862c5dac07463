import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { CompactSign, compactVerify } from 'jose';

/** Ed25519 (EdDSA) signatures as compact JWS: audit checkpoints, e-licences, exchange records. */
export class Signer {
  readonly keyId: string;
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor(privateKeyPem: string) {
    this.privateKey = createPrivateKey(privateKeyPem);
    this.publicKey = createPublicKey(this.privateKey);
    const spki = this.publicKey.export({ format: 'der', type: 'spki' });
    this.keyId = createHash('sha256').update(spki).digest('base64url').slice(0, 16);
  }

  async sign(payload: Record<string, unknown>): Promise<string> {
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', kid: this.keyId }).sign(this.privateKey);
  }

  /** Returns the payload when the signature is valid for this key; throws otherwise. */
  async verify(jws: string): Promise<Record<string, unknown>> {
    const { payload } = await compactVerify(jws, this.publicKey);
    return JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
  }
}
