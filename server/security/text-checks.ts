/** Checks on free text that every input path shares. */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const forbiddenControlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Control characters other than tab and newline: never part of a name, an address or an answer. */
export function containsControlCharacters(text: string): boolean {
  return forbiddenControlCharacters.test(text);
}
