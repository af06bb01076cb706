import { UsageError } from "../errors/cli-error.js";

/** Options shared by every `list` command. */
export interface ListOptions {
  filter?: string[];
  or?: boolean;
  limit?: string;
  all?: boolean;
  includeTags?: boolean;
  includeAttributes?: boolean;
}

/** The part of the typed client's list options that the flags set; fits every resource's list. */
export interface ClientListOptions {
  filters?: string;
  orParams?: boolean;
  includeTags?: boolean;
  includeAttributes?: boolean;
  limit?: number;
  pageSize?: number;
}

/** The typed client's list options from the shared flags: --limit (default 100) or --all, filters, includes. */
export function clientListOptions(options: ListOptions): ClientListOptions {
  const filters = options.filter ?? [];
  const limit = options.all === true ? undefined : parseLimit(options.limit);
  return {
    ...(filters.length > 0 && { filters: filters.join(",") }),
    ...(options.or === true && { orParams: true }),
    ...(options.includeTags === true && { includeTags: true }),
    ...(options.includeAttributes === true && { includeAttributes: true }),
    ...(limit !== undefined && { limit, pageSize: Math.min(limit, 10_000) }),
  };
}

function parseLimit(input: string | undefined): number {
  if (input === undefined) return 100;
  const limit = Number(input);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UsageError(`--limit must be a whole number of at least 1, not "${input}".`);
  }
  return limit;
}
