/** One column of a table: its heading and how to read the cell from a row. */
export interface Column {
  header: string;
  value: (row: Record<string, unknown>) => unknown;
}

/** How a list of resources is shown to people. */
export interface TableView {
  columns: readonly Column[];
}

/** A column reading one field, by name, from each row. */
export function field(key: string, header: string = key): Column {
  return { header, value: (row) => row[key] };
}
