/** All timestamps are stored as ISO 8601 UTC text so that they sort and compare as strings. */
export function nowIso(): string {
  return new Date().toISOString();
}
