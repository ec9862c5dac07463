import type { Services } from '../platform/context';

// OWNER: places helper. Replace the body, keep the signature.

/** The demo city's category tree, grids with their workers, dispatch rules, intake clients, sensors and rules. */
export async function seedDemoGovernance(services: Services): Promise<void> {
  void services;
}
