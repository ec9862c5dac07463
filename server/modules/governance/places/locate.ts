import type { Executor } from '../../../db/client';
import type { GeoPoint, Place } from '../model';

// OWNER: places helper. Contract used by intake, sensors and Open311; replace the body, keep the signature.

/**
 * A point → its grid → community → street → district, from an in-memory index of the grids (bounding boxes, then
 * point-in-polygon); outside every grid → the nearest district (its dispatcher takes it), `outside: true`.
 */
export async function locatePoint(exec: Executor, point: GeoPoint): Promise<Place> {
  void exec;
  void point;
  throw new Error('locatePoint: not implemented yet');
}
