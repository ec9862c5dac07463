import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { systemContext, type Services } from '../platform/context';
import { CatalogueDocument, ImplementationDocument } from '../modules/catalog/catalogue-format';
import { importCatalogue, importImplementations } from '../modules/catalog/import-catalogue';
import { hasAnyStandardItem } from '../modules/catalog/load-item';

function readDocument<S extends TSchema>(file: string, schema: S): Static<S> {
  const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL(`./catalogue/${file}`, import.meta.url)), 'utf8'));
  if (!Value.Check(schema, raw)) throw new Error(`${file} does not match its format: ${JSON.stringify(Value.Errors(schema, raw).slice(0, 5))}`);
  return raw;
}

/** The demo catalogue (standard items, life events) and the demo region's implementation lists, loaded once. */
export async function loadDemoCatalogue(services: Services): Promise<{ loaded: boolean }> {
  if (await hasAnyStandardItem(services.db)) return { loaded: false };
  const ctx = systemContext(services, 'seed-catalogue');
  const catalogue = readDocument('demo-catalogue.json', CatalogueDocument);
  const report = await importCatalogue(ctx, catalogue);
  if (report.failed.length > 0) throw new Error(`demo catalogue items failed: ${JSON.stringify(report.failed)}`);
  const list = readDocument('demo-implementations.json', ImplementationDocument);
  const result = await importImplementations(ctx, list.implementations, { skipAccessCheck: true });
  if (result.failed.length > 0) throw new Error(`demo implementations failed: ${JSON.stringify(result.failed)}`);
  return { loaded: true };
}
