import { Type } from 'typebox';
import { Lat, Lng, Nullable, Text2 } from '../incidents/schemas';

// HTTP shapes of the classifier: a suggestion for a text, and the model's report for the console.

export const ClassifyInput = Type.Object(
  {
    text: Type.String({ minLength: 4, maxLength: 2000 }),
    /** With a place, the department is the one dispatch would choose there; without, the city's department of the kind. */
    lat: Type.Optional(Lat),
    lng: Type.Optional(Lng),
  },
  { additionalProperties: false },
);

export const Suggestion = Type.Object({
  category: Type.Object({ code: Type.String(), name: Text2 }),
  department: Nullable(Type.Object({ id: Type.String(), name: Text2 })),
  /** The posterior of the suggested category, 0–1; below 0.6 the dispatcher decides. */
  confidence: Type.Number(),
});

const CategoryReport = Type.Object({
  code: Type.String(),
  name: Nullable(Text2),
  support: Type.Integer(),
  correct: Type.Integer(),
  precision: Nullable(Type.Number()),
  recall: Nullable(Type.Number()),
});

const Training = Type.Object({
  id: Type.String(),
  trainedAt: Type.String({ format: 'date-time' }),
  accuracy: Type.Number(),
  trainCount: Type.Integer(),
  testCount: Type.Integer(),
  active: Type.Boolean(),
  trigger: Nullable(Type.String()),
  /** Why it was not made active (worse than the active model), if so. */
  note: Nullable(Type.String()),
});

export const ClassifierStatus = Type.Object({
  active: Nullable(
    Type.Object({
      id: Type.String(),
      algorithm: Type.String(),
      trainedAt: Type.String({ format: 'date-time' }),
      trainCount: Type.Integer(),
      testCount: Type.Integer(),
      accuracy: Type.Number(),
      vocabularySize: Nullable(Type.Integer()),
      categories: Type.Array(CategoryReport),
    }),
  ),
  /** The last 10 trainings, newest first. */
  trainings: Type.Array(Training),
});

export const RetrainQueued = Type.Object({ queued: Type.Boolean() });
