import type { FastifyBaseLogger } from 'fastify';

export type Logger = FastifyBaseLogger;

/** Paths pino redacts in every log line: secrets and personal data never reach the logs. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  'newPassword',
  'token',
  'secret',
  'idNumber',
  'mobile',
  'phone',
  'address',
  'creditCode',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.secret',
  '*.idNumber',
  '*.mobile',
  '*.phone',
  '*.address',
  '*.creditCode',
  'body.password',
  'body.idNumber',
  'body.mobile',
  'body.code',
];

export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
}
