import { Type } from 'typebox';
import { Lat, Lng, Nullable, Text2 } from '../incidents/schemas';

// HTTP shapes of places and categories: the category tree, the grid map (GeoJSON) and a located point.

const Deadlines = {
  /** Deadline when urgent, in hours. */
  urgentHours: Type.Integer(),
  /** Deadline otherwise, in working days. */
  workingDays: Type.Integer(),
};

export const CategoryLeaf = Type.Object({
  code: Type.String(),
  name: Text2,
  leaf: Type.Literal(true),
  departmentKind: Type.String(),
  public: Type.Boolean(),
  anonymousAllowed: Type.Boolean(),
  ...Deadlines,
});

export const CategoryGroup = Type.Object({
  code: Type.String(),
  name: Text2,
  leaf: Type.Literal(false),
  departmentKind: Type.Null(),
  public: Type.Boolean(),
  anonymousAllowed: Type.Boolean(),
  children: Type.Array(CategoryLeaf),
});

export const CategoryTree = Type.Object({ items: Type.Array(CategoryGroup) });

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[lng, lat]' });

export const GridFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position)) }),
  properties: Type.Object({ code: Type.String(), name: Text2, communityCode: Type.String(), streetCode: Type.String(), districtCode: Type.String() }),
});

export const GridCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  /** [west, south, east, north] of every grid returned. */
  bbox: Type.Optional(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
  features: Type.Array(GridFeature),
});

export const GridsQuery = Type.Object({
  /** Only the grids in this region (district, street or community code). */
  region: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$' })),
});

export const LocateQuery = Type.Object({ lat: Lat, lng: Lng });

const Coded = Type.Object({ code: Type.String(), name: Text2 });

export const LocatedPlace = Type.Object({
  gridCode: Nullable(Type.String()),
  communityCode: Nullable(Type.String()),
  streetCode: Nullable(Type.String()),
  districtCode: Type.String(),
  /** Outside every grid: routed to the nearest district. */
  outside: Type.Boolean(),
  grid: Nullable(Coded),
  community: Nullable(Coded),
  street: Nullable(Coded),
  district: Coded,
});

/** The grid codes the signed-in grid worker works. */
export const MyGrids = Type.Object({ items: Type.Array(Type.Object({ code: Type.String() })) });
