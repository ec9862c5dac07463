import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One year's official arrangement: public holidays (休) and adjusted working days (调休上班), by ISO date. */
export interface YearArrangement {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** Arrangements loaded by an administrator; they take precedence over the bundled calendar for their year. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  arrangement: jsonb('arrangement').$type<YearArrangement>().notNull(),
  loadedBy: text('loaded_by').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
