import { useId, useState } from 'react';
import type { ColDef } from 'ag-grid-community';

interface ColumnMenuProps<T> {
  columns: ColDef<T>[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}

/** Show and hide columns (AG Grid's own column chooser is Enterprise-only). */
export function ColumnMenu<T>({ columns, hidden, onChange }: ColumnMenuProps<T>) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const named = columns.filter((column) => column.headerName);
  return (
    <div className="menu">
      <button type="button" className="button button-quiet" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && (
        <fieldset id={id} className="menu-popover">
          <legend className="sr-only">Visible columns</legend>
          {named.map((column) => {
            const key = String(column.field ?? column.colId);
            return (
              <label key={key} className="check">
                <input
                  type="checkbox"
                  checked={!hidden.includes(key)}
                  onChange={(event) => onChange(event.target.checked ? hidden.filter((h) => h !== key) : [...hidden, key])}
                />
                {column.headerName}
              </label>
            );
          })}
          <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>Done</button>
        </fieldset>
      )}
    </div>
  );
}
