// The time the oversight timers judge by. The process uses the wall clock; tests pass a clock they move by hand, so
// the escalation ladder can be walked hour by hour without waiting.

export interface OversightClock {
  now(): Date;
}

export const systemClock: OversightClock = { now: () => new Date() };

/** A clock that stands still until moved (tests). */
export class ManualClock implements OversightClock {
  constructor(private at: Date) {}

  now(): Date {
    return new Date(this.at.getTime());
  }

  set(at: Date): void {
    this.at = new Date(at.getTime());
  }

  advanceHours(hours: number): void {
    this.at = new Date(this.at.getTime() + hours * 3600_000);
  }
}
