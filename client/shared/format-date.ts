/** Dates as the respondent's language writes them; falls back to English for a locale the browser lacks. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}

export function formatDateTime(isoDate: string, locale: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter(locale, { dateStyle: 'long' }).format(date);
}
