import type { Services } from '../platform/context';

// OWNER: classification helper. Replace the body, keep the signature.

/** The demo city's past incidents (generated from templates with variation) and the first trained model. */
export async function seedDemoIncidentHistory(services: Services): Promise<void> {
  void services;
}
