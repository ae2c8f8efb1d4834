import { useMemo, useRef, useState, useImperativeHandle, type Ref } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  ColumnApiModule, InfiniteRowModelModule, ModuleRegistry, RowSelectionModule, TooltipModule, CellStyleModule,
  RowApiModule, themeQuartz, colorSchemeVariable,
  type ColDef, type GridApi, type IDatasource, type SelectionChangedEvent, type SortModelItem,
} from 'ag-grid-community';
import { ColumnMenu } from './column-menu';
import { lastRowOf, pageOf, type SortItem } from './grid-query';

ModuleRegistry.registerModules([InfiniteRowModelModule, RowSelectionModule, ColumnApiModule, TooltipModule, CellStyleModule, RowApiModule]);

/** Light or dark as the OS says: the grid's variable scheme reads data-ag-theme-mode, kept in step here. */
const theme = themeQuartz.withPart(colorSchemeVariable).withParams({ fontFamily: 'inherit', headerFontWeight: 600 });
const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
const followScheme = () => { document.documentElement.dataset.agThemeMode = darkScheme.matches ? 'dark' : 'light'; };
followScheme();
darkScheme.addEventListener('change', followScheme);

export interface PageOfRows<T> {
  rows: T[];
  total: number | undefined;
}

export interface GridHandle<T = unknown> {
  /** Reloads every block (after a write, or when the live stream says rows changed). */
  refresh: () => void;
  clearSelection: () => void;
  /** Shows a row as just saved, before the list (a read model a moment behind) says so itself. */
  updateRow: (id: string, row: T) => void;
}

interface DataGridProps<T> {
  label: string;
  columns: ColDef<T>[];
  /** Fetches one page of rows for one of the grid's blocks. */
  fetchPage: (page: number, size: number, sort: SortItem[]) => Promise<PageOfRows<T>>;
  rowId: (row: T) => string;
  /** Changes when the filters do, so the grid starts again at the top. */
  filtersKey: string;
  /** Given, rows get checkboxes (the orders' bulk bar); without it a row is only opened. */
  onSelection?: (rows: T[]) => void;
  onRowOpen?: (row: T) => void;
  handle?: Ref<GridHandle<T>>;
  pageSize?: number;
  /** The columns a phone shows at first (the rest one tap away in Columns); all of them on a wide screen. */
  phoneColumns?: string[];
}

const PHONE_WIDTH = 700;
const keyOf = <T,>(column: ColDef<T>) => String(column.field ?? column.colId);

/**
 * The one AG Grid of the panel: Community's Infinite Row Model over admin-api's paging, sorting on the server,
 * columns resizable and movable, rows selectable by checkbox and keyboard, our own menu to hide and show columns.
 */
export function DataGrid<T>({ label, columns, fetchPage, rowId, filtersKey, onSelection, onRowOpen, handle, pageSize = 100, phoneColumns }: DataGridProps<T>) {
  const gridApi = useRef<GridApi<T> | null>(null);
  const [hidden, setHidden] = useState<string[]>(() => (phoneColumns && window.innerWidth < PHONE_WIDTH
    ? columns.filter((column) => column.headerName && !phoneColumns.includes(keyOf(column))).map(keyOf) : []));
  const [failure, setFailure] = useState<string | null>(null);

  const datasource = useMemo<IDatasource>(() => ({
    getRows: ({ startRow, endRow, sortModel, successCallback, failCallback }) => {
      const { page, size } = pageOf(startRow, endRow);
      fetchPage(page, size, sortModel as SortModelItem[] as SortItem[])
        .then(({ rows, total }) => {
          setFailure(null);
          successCallback(rows, lastRowOf(page, size, rows.length, total));
        })
        .catch((error: unknown) => {
          setFailure(error instanceof Error ? error.message : 'The rows could not be loaded.');
          failCallback();
        });
    },
    // a new datasource object when the filters change makes the grid start again at the top
  }), [fetchPage, filtersKey]);

  useImperativeHandle(handle, () => ({
    // a grid that knows it has no rows has no block to refresh: it must start over to see a first one
    refresh: () => (gridApi.current?.getDisplayedRowCount() === 0 ? gridApi.current.purgeInfiniteCache() : gridApi.current?.refreshInfiniteCache()),
    clearSelection: () => gridApi.current?.deselectAll(),
    updateRow: (id, row) => gridApi.current?.getRowNode(id)?.setData(row),
  }));

  const visibleColumns = useMemo(() => columns.map((column) => ({ ...column, hide: hidden.includes(keyOf(column)) })), [columns, hidden]);

  return (
    <section className="grid-panel" aria-label={label}>
      <div className="grid-tools">
        <ColumnMenu columns={columns} hidden={hidden} onChange={setHidden} />
      </div>
      {failure && <p role="alert" className="alert alert-error">{failure}</p>}
      <div className="grid-frame">
        <AgGridReact<T>
          theme={theme}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={pageSize}
          maxBlocksInCache={20}
          columnDefs={visibleColumns}
          defaultColDef={{ resizable: true, sortable: false, minWidth: 90 }}
          getRowId={({ data }) => rowId(data)}
          rowSelection={onSelection ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false } : undefined}
          selectionColumnDef={onSelection ? { pinned: 'left', width: 48, minWidth: 48, resizable: false, suppressMovable: true } : undefined}
          onGridReady={({ api }) => { gridApi.current = api; }}
          onSelectionChanged={(event: SelectionChangedEvent<T>) => onSelection?.(event.api.getSelectedRows())}
          onRowDoubleClicked={({ data }) => data && onRowOpen?.(data)}
          onCellKeyDown={({ event, data }) => {
            if (data && event instanceof KeyboardEvent && event.key === 'Enter') onRowOpen?.(data);
          }}
          overlayNoRowsTemplate="<span>No rows match these filters.</span>"
        />
      </div>
    </section>
  );
}
