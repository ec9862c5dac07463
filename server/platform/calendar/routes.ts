import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { validationError } from '../errors/app-error';
import { listCalendarYears } from './list-calendar-years';
import { loadCalendarYear } from './load-calendar-year';

// Real calendar dates only (the `date` format rejects 2026-02-30), in the years the calendar can reason about.
const IsoDate = Type.String({ format: 'date', pattern: '^(19|20)[0-9]{2}-', description: 'YYYY-MM-DD (China Standard Time)' });
// A string, not Type.Integer: query conversion would quietly read '1.5' as 1 and '' as 0.
const WorkingDayCount = Type.String({ pattern: '^[0-9]{1,3}$', description: 'a whole number of working days, 0–365' });
const MAX_ADD = 365;
const Year = Type.Integer({ minimum: 1900, maximum: 2099 });
const Names = Type.Record(Type.String({ maxLength: 10 }), Type.String({ maxLength: 40 }), { maxProperties: 120 });
const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()), requestId: Type.String() }),
});
const LoadedYear = Type.Object({ year: Type.Integer(), loadedAt: Type.String(), loadedBy: Type.String(), holidays: Type.Integer(), workdays: Type.Integer() });

const isPublic = { policy: { public: true } } as const;
const staff = { policy: { signedIn: true, kinds: ['staff'] } } as const;
const systemAdmin = { policy: { signedIn: true, kinds: ['staff'], anyRole: ['system_admin'] } } as const;

/** The official working-day calendar: public day and deadline look-ups; administrators load a year's arrangement. */
export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['calendar'];
  app.get(
    '/calendar/working-days',
    {
      config: isPublic,
      schema: {
        tags,
        summary: 'The date N working days after a date (counting from the next day; N = 0 gives the date itself)',
        querystring: Type.Object({ from: IsoDate, add: WorkingDayCount }),
        response: { 200: Type.Object({ date: Type.String(), provisional: Type.Boolean() }), 400: ErrorBody },
      },
    },
    async (request) => {
      const ctx = request.useCaseContext();
      const add = Number(request.query.add);
      if (add > MAX_ADD) {
        throw validationError([{ field: 'add', rule: 'maximum', message: ctx.lang === 'en' ? `Must be at most ${MAX_ADD}` : `不能大于 ${MAX_ADD}` }]);
      }
      return ctx.calendar.addWorkingDays(request.query.from, add);
    },
  );

  app.get(
    '/calendar/days/:date',
    {
      config: isPublic,
      schema: {
        tags,
        summary: 'Whether a date is a working day, its holiday or adjusted-working-day name, and whether it is provisional',
        params: Type.Object({ date: IsoDate }),
        response: {
          200: Type.Object({ date: Type.String(), working: Type.Boolean(), name: Type.Union([Type.String(), Type.Null()]), provisional: Type.Boolean() }),
          400: ErrorBody,
        },
      },
    },
    async (request) => request.useCaseContext().calendar.day(request.params.date),
  );

  app.get(
    '/calendar/years',
    {
      config: staff,
      schema: { tags, summary: 'Years with official data: bundled, and loaded by an administrator', response: { 200: Type.Object({ bundled: Type.Array(Type.Integer()), loaded: Type.Array(LoadedYear) }) } },
    },
    async (request) => listCalendarYears(request.useCaseContext()),
  );

  app.put(
    '/calendar/years/:year',
    {
      config: systemAdmin,
      schema: {
        tags,
        summary: "Load (or replace) a year's arrangement: holidays (休) and adjusted working days (调休上班) by date",
        params: Type.Object({ year: Year }),
        body: Type.Object({ holidays: Names, workdays: Names }, { additionalProperties: false }),
        response: { 200: LoadedYear, 400: ErrorBody, 403: ErrorBody, 422: ErrorBody },
      },
    },
    async (request) => loadCalendarYear(request.useCaseContext(), request.params.year, request.body),
  );
};
