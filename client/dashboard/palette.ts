/**
 * Colours of answers, grids and the map. Every categorical colour is at 3:1 or more against white (WCAG 1.4.11
 * for graphics) and the figures are always in a table or printed beside them, so colour never carries meaning alone.
 */

/** Distinct hues for unordered answers. */
const categorical = ['#1d4f91', '#b35a00', '#00796b', '#6a3d9a', '#b3261e', '#3f7f1f', '#a0336e', '#7a5230'];
/** Answers that are not a position on the scale. */
const neutral = '#5f6b7a';
const neutralCodes = new Set(['dont_know', 'other', 'prefer_not', 'not_applicable', 'na', 'unknown']);
/** Light to dark blue, for ordered scales (ratings) and the shading of grids and the map. */
export const sequential = ['#dce6f3', '#a9c0e0', '#6f93c8', '#3a66a8', '#163d70'];
/** Ink on each sequential step, at 4.5:1 or better. */
export const sequentialInk = ['#1b1f24', '#1b1f24', '#1b1f24', '#ffffff', '#ffffff'];

export function answerColours(codes: readonly string[], ordered: boolean): string[] {
  if (ordered) {
    const scale = codes.filter((code) => !neutralCodes.has(code));
    const ramp = ['#9db4d8', '#6a8fc4', '#3f6cae', '#1d4f91', '#0f2f5c', '#071a35'];
    const step = scale.length > 1 ? (ramp.length - 1) / (scale.length - 1) : 0;
    return codes.map((code) =>
      neutralCodes.has(code) ? neutral : (ramp[Math.round(scale.indexOf(code) * step)] ?? '#1d4f91'),
    );
  }
  let next = 0;
  return codes.map((code) => {
    if (neutralCodes.has(code)) return neutral;
    const colour = categorical[next % categorical.length] ?? '#1d4f91';
    next += 1;
    return colour;
  });
}

/** The class (0–4) of a value on a 0–max scale. */
export function classOf(value: number, min: number, max: number): number {
  if (max <= min) return sequential.length - 1;
  const position = (value - min) / (max - min);
  return Math.min(sequential.length - 1, Math.max(0, Math.floor(position * sequential.length)));
}
