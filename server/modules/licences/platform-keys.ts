import type { KeyObject } from 'node:crypto';
import { exportJWK } from 'jose';
import type { Signer } from '../../platform/crypto/signing';

export interface PlatformKey {
  kid: string;
  publicKey: KeyObject;
}

export interface PublicJwk {
  kty: string;
  crv: string;
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** Public keys a licence signature may name by `kid`. Today the one signer; a rotation would add the old keys here. */
export function platformKeys(signer: Signer): PlatformKey[] {
  return [{ kid: signer.keyId, publicKey: signer.publicKey }];
}

/** The platform's public keys as a JSON Web Key Set, so anyone can verify a licence JWS offline. */
export async function publicJwks(signer: Signer): Promise<{ keys: PublicJwk[] }> {
  const keys = await Promise.all(
    platformKeys(signer).map(async (k) => {
      const { kty, crv, x } = await exportJWK(k.publicKey);
      return { kty: kty ?? 'OKP', crv: crv ?? 'Ed25519', x: x ?? '', kid: k.kid, alg: 'EdDSA' as const, use: 'sig' as const };
    }),
  );
  return { keys };
}
