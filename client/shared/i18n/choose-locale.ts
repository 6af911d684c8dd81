/**
 * Picks the language to show from what is available and what the respondent prefers, in order. Tags match
 * exactly (ignoring case and `_`/`-`) or by their language part, so a browser's `th-TH` selects `th`.
 */
function normalise(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

export function matchLocale(available: readonly string[], wanted: string): string | undefined {
  const tag = normalise(wanted);
  const language = tag.split('-')[0];
  return (
    available.find((code) => normalise(code) === tag) ??
    available.find((code) => normalise(code) === language)
  );
}

export function chooseLocale(
  available: readonly string[],
  preferences: ReadonlyArray<string | null | undefined>,
  fallback = 'en',
): string {
  for (const wanted of preferences) {
    if (!wanted) continue;
    const match = matchLocale(available, wanted);
    if (match) return match;
  }
  return available.includes(fallback) ? fallback : (available[0] ?? fallback);
}
