import { governanceConfig, type GovernanceConfig } from '../../../config';

// The governance settings the incident use cases read. They come from the same environment variables that
// loadConfig checks at boot (so a bad value stops the process there); tests may set them directly.

let current: GovernanceConfig = governanceConfig(process.env, []);

export function governanceSettings(): GovernanceConfig {
  return current;
}

/** Replaces the settings (tests, or a process that built its Config another way); returns the previous ones. */
export function setGovernanceSettings(next: GovernanceConfig): GovernanceConfig {
  const previous = current;
  current = next;
  return previous;
}
