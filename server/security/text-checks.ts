/**
 * Checks on free text that every input path shares (answers, comments, "other" texts, matrix cells, dynamic panel
 * fields, invitation names and addresses). The same code points are refused whether a client sends them as raw UTF-8
 * or as \uXXXX escapes: JSON.parse turns both into the same string, and this check reads that string.
 */

/** A kind of code point that is never part of a name, an address or an answer, with the words a refusal uses. */
interface RefusedRange {
  first: number;
  last: number;
  /** Plain words for the message, e.g. "a right-to-left override". */
  what: string;
}

/**
 * What is refused, and why. Tab and newline are kept (multi-line answers); CR is refused because a browser's
 * textarea already hands over its line breaks as LF, so a CR only comes from a client that writes its own bytes.
 * Marks that do not nest (LRM U+200E, RLM U+200F, ALM U+061C) and joiners (ZWJ, ZWNJ, which Khmer, Lao and
 * Myanmar text and emoji need) are allowed; so are private-use and unassigned code points.
 */
export const refusedCharacters: readonly RefusedRange[] = [
  // C0 controls but tab (U+0009) and newline (U+000A): invisible, and read differently by every tool.
  { first: 0x00, last: 0x08, what: 'a control character' },
  { first: 0x0b, last: 0x1f, what: 'a control character' },
  // DEL and the C1 controls, NEXT LINE (U+0085) among them: a line break to some readers, not to others.
  { first: 0x7f, last: 0x9f, what: 'a control character' },
  // Separators that end a line in JavaScript and some CSV readers but look like nothing.
  { first: 0x2028, last: 0x2029, what: 'a line or paragraph separator' },
  // Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069) reorder the text shown around them.
  { first: 0x202a, last: 0x202e, what: 'a bidirectional formatting character' },
  { first: 0x2066, last: 0x2069, what: 'a bidirectional formatting character' },
  // Half of a UTF-16 pair with no other half: no character at all, only reachable with a \uD800-style escape.
  { first: 0xd800, last: 0xdfff, what: 'a lone surrogate (half of a character)' },
  // Noncharacters: reserved by Unicode never to be exchanged as text.
  { first: 0xfdd0, last: 0xfdef, what: 'a noncharacter' },
  ...Array.from({ length: 17 }, (_, plane) => ({
    first: plane * 0x10000 + 0xfffe,
    last: plane * 0x10000 + 0xffff,
    what: 'a noncharacter',
  })),
];

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

// With the u flag a class matches whole code points, so the surrogate range matches only halves without a partner.
const refusedPattern = new RegExp(
  `[${refusedCharacters.map((range) => `\\u{${range.first.toString(16)}}-\\u{${range.last.toString(16)}}`).join('')}]`,
  'u',
);

/** The first refused code point of the text, in plain words ("a control character (U+0085)"), if there is one. */
export function refusedCharacterIn(text: string): string | undefined {
  const match = refusedPattern.exec(text);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0) as number;
  const range = refusedCharacters.find((entry) => codePoint >= entry.first && codePoint <= entry.last);
  return `${range?.what ?? 'a character'} (${hex(codePoint)})`;
}
