import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../../platform/errors/app-error';
import type { ResourceField } from '../model';
import type { IncomingRecord } from './load-records';
import type { RawValue } from './record-values';

/** Beyond this an import should be split (or loaded through the API in batches). */
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportRow {
  /** The row number as the file shows it (the header is row 1). */
  row: number;
  record: IncomingRecord;
}

function invalid(details?: unknown): AppError {
  return new AppError('exchange.import_invalid', details === undefined ? {} : { details });
}

/** A CSV (UTF-8, with or without BOM) or XLSX file as a grid of cells, recognised by content, not by name. */
export async function readGrid(bytes: Buffer): Promise<RawValue[][]> {
  if (bytes.length === 0) throw invalid();
  // A damaged container (a truncated ZIP) can make the detector itself throw: that file is unreadable too.
  const detected = await fileTypeFromBuffer(bytes).catch((cause: unknown) => {
    throw new AppError('exchange.import_invalid', { cause });
  });
  if (detected?.ext === 'xlsx') return readXlsx(bytes);
  if (detected) throw invalid({ detected: detected.mime });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid({ encoding: 'not UTF-8' });
  }
  if (text.includes('\u0000')) throw invalid();
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (cause) {
    throw new AppError('exchange.import_invalid', { cause, details: { csv: cause instanceof Error ? cause.message.slice(0, 200) : 'unreadable' } });
  }
}

async function readXlsx(bytes: Buffer): Promise<RawValue[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (cause) {
    throw new AppError('exchange.import_invalid', { cause });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid();
  const grid: RawValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    grid[rowNumber - 1] = cells;
  });
  return Array.from(grid, (r) => r ?? []);
}

function cellValue(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellValue(value.result);
  if ('text' in value) return String(value.text);
  return null;
}

const SUBJECT_HEADERS = new Set(['subject', '主体', '主体标识']);

/**
 * The header maps columns to fields: the first column is the subject, the others are field keys or the fields'
 * Chinese (or English) names. An unknown or repeated column makes the file unreadable (every row would fail).
 */
export function mapRows(grid: RawValue[][], fields: readonly ResourceField[]): ImportRow[] {
  const header = (grid[0] ?? []).map((h) => String(h ?? '').trim());
  if (header.length === 0 || !SUBJECT_HEADERS.has((header[0] ?? '').toLowerCase())) throw invalid([{ row: 1, field: header[0] ?? '', rule: 'missing_subject_column' }]);
  const keys: string[] = [];
  const problems: { row: number; field: string; rule: string }[] = [];
  header.slice(1).forEach((h) => {
    const field = fields.find((f) => f.key === h || f.name.zh === h || f.name.en.toLowerCase() === h.toLowerCase());
    if (!field) problems.push({ row: 1, field: h, rule: 'unknown_column' });
    else if (keys.includes(field.key)) problems.push({ row: 1, field: h, rule: 'unique' });
    keys.push(field?.key ?? '');
  });
  if (problems.length > 0) throw invalid(problems);
  const rows: ImportRow[] = [];
  grid.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) return;
    const data: Record<string, RawValue> = {};
    keys.forEach((key, k) => {
      data[key] = cells[k + 1] ?? null;
    });
    rows.push({ row: i + 2, record: { subject: String(cells[0] ?? '').trim(), data } });
  });
  if (rows.length > MAX_IMPORT_ROWS) throw invalid({ maxRows: MAX_IMPORT_ROWS });
  return rows;
}
