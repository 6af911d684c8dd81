/**
 * Picks the language to show from what is available and what the respondent prefers, in order. Tags match
 * exactly (ignoring case and `_`/`-`) or by their language part, so a browser's `th-TH` selects `th`. Used by the
 * respondent page and by the server's first guess (server/routes/respond.ts), so both choose alike.
 */
function normalise(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * Older Android and some desktop browsers still say Tagalog (`tl`, `tl-PH`) for Filipino, which the questionnaires
 * call `fil`.
 */
const languageAliases: Readonly<Record<string, string>> = { tl: 'fil' };

export function matchLocale(available: readonly string[], wanted: string): string | undefined {
  const tag = normalise(wanted);
  const language = tag.split('-')[0] ?? '';
  const alias = languageAliases[language];
  return (
    available.find((code) => normalise(code) === tag) ??
    available.find((code) => normalise(code) === language) ??
    (alias ? available.find((code) => normalise(code) === alias) : undefined)
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
