import { Form } from 'antd';
import type { ReactNode } from 'react';
import { ListEntry, ListFooter } from './ListEntry';

interface EntryListProps {
  /** The form list's name (materials, workflow, legalBasis …). */
  name: string;
  /** The title of the entry at `index` (0-based), e.g. "Material 2". */
  entryTitle: (index: number) => string;
  addLabel: string;
  /** The values of a freshly added entry. */
  newEntry: () => Record<string, unknown>;
  /** The class of the grid around one entry's fields. */
  gridClassName?: string;
  /** The fields of one entry, `name` being the entry's index in the form list. */
  children: (name: number) => ReactNode;
}

/** An editable list of the item editor: its entries as titled, removable groups of fields, then the "add" button. */
export function EntryList({ name, entryTitle, addLabel, newEntry, gridClassName = 'yw-form-grid yw-form-grid-3', children }: EntryListProps) {
  return (
    <Form.List name={name}>
      {(entries, { add, remove }, { errors }) => (
        <>
          {entries.map((entry, index) => (
            <ListEntry key={entry.key} title={entryTitle(index)} onRemove={() => remove(entry.name)}>
              <div className={gridClassName}>{children(entry.name)}</div>
            </ListEntry>
          ))}
          <ListFooter label={addLabel} onAdd={() => add(newEntry())} errors={errors} />
        </>
      )}
    </Form.List>
  );
}
