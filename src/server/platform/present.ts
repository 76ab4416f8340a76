/** Timestamps leave the server as ISO 8601 strings in UTC. */
export function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function toIsoOrNull(value: Date | string | null): string | null {
  return value === null ? null : toIso(value);
}

type RecordMeta = {
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
  updatedBy: string | null;
  version: number;
};

export function presentRecordMeta(row: RecordMeta) {
  return {
    createdAt: toIso(row.createdAt),
    createdBy: row.createdBy,
    updatedAt: toIso(row.updatedAt),
    updatedBy: row.updatedBy,
    version: row.version,
  };
}

/** A numeric column comes back as '24.800000': show it as people wrote it, '24.8'. */
export function normalizeDecimal(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
