import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody } from '../identity/schemas';
import { getLicence } from './get-licence';
import { listMyLicences } from './list-my-licences';
import { publicJwks } from './platform-keys';
import { revokeLicence } from './revoke-licence';
import { Jwks, LicenceDetail, LicenceSummary, LicenceVerification } from './schemas';
import { verifyLicence } from './verify-licence';

const holders = { policy: { signedIn: true, kinds: ['citizen', 'enterprise'] } } as const;
const signedIn = { policy: { signedIn: true } } as const;
const revokers = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['approver', 'system_admin'] } } as const;
const isPublic = { policy: { public: true } } as const;
// Any string: a mistyped or scanned-wrong id is "not found" (404), never a validation error.
const LicenceId = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** E-licences (电子证照): the holder's wallet, one licence, public verification, revocation. */
export const licenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['e-licences'];
  app.get(
    '/licences',
    { config: holders, schema: { tags, summary: "The signed-in account's e-licences (wallet)", response: { 200: Type.Object({ items: Type.Array(LicenceSummary) }), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => listMyLicences(request.useCaseContext()),
  );

  app.get(
    '/licences/:id',
    {
      config: signedIn,
      schema: { tags, summary: 'One e-licence with its fields, payload and JWS (holder, or staff of the issuing department)', params: LicenceId, response: { 200: LicenceDetail, 401: ErrorBody, 404: ErrorBody } },
    },
    async (request) => getLicence(request.useCaseContext(), request.params.id),
  );

  app.get(
    '/licences/:id/verify',
    {
      config: isPublic,
      schema: { tags, summary: 'Verify an e-licence: signature, content, revocation, expiry (public; no ID numbers)', params: LicenceId, response: { 200: LicenceVerification, 404: ErrorBody } },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return verifyLicence(request.useCaseContext(), request.params.id);
    },
  );

  app.post(
    '/licences/:id/revoke',
    {
      config: revokers,
      schema: {
        tags,
        summary: 'Revoke an e-licence (approver of the issuing department, or system admin)',
        params: LicenceId,
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: {
          200: Type.Object({ id: Type.String(), status: Type.Literal('revoked'), revokedAt: Type.String() }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) => revokeLicence(request.useCaseContext(), { id: request.params.id, reason: request.body.reason }),
  );
};

/** `/.well-known/jwks.json` on the root app: the platform's public signing keys, for offline verification. */
export const jwksRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/.well-known/jwks.json',
    { config: isPublic, schema: { tags: ['e-licences'], summary: "The platform's Ed25519 public keys (JWKS)", response: { 200: Jwks } } },
    async (request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return publicJwks(request.useCaseContext().signer);
    },
  );
};
