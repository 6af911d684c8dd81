/**
 * The one rule for answers to questions marked `personalData` (a respondent's own name, e-mail, telephone): like an
 * invitation's contact data, they are left out of aggregates, text drill-downs, responses and exports unless an
 * admin or researcher asks for personal data, and `erase-contact` removes them. Every output applies it from the
 * codebook through these functions, so a question marked in the questionnaire is kept back everywhere at once.
 */

/** What the rule reads of a codebook entry or a single version's variable. */
interface MarkedVariable<Field> {
  name: string;
  personalData?: true;
  fields: Field[];
}

type Marked = MarkedVariable<Marked>;

const withoutPersonalCache = new WeakMap<readonly Marked[], readonly Marked[]>();

/**
 * The codebook without its personal variables (and personal fields of dynamic panels). The same array when there
 * are none, and the same result for the same codebook, so that what is derived from it once (the stored export
 * cells' layout, the cell writer) is derived once for the result too.
 */
export function withoutPersonalData<Entry extends MarkedVariable<Entry>>(codebook: Entry[]): Entry[] {
  const cached = withoutPersonalCache.get(codebook);
  if (cached) return cached as Entry[];
  const kept = hasPersonalData(codebook) ? withoutPersonal(codebook) : codebook;
  withoutPersonalCache.set(codebook, kept);
  return kept;
}

function withoutPersonal<Entry extends MarkedVariable<Entry>>(entries: Entry[]): Entry[] {
  return entries
    .filter((entry) => !entry.personalData)
    .map((entry) =>
      hasPersonalData(entry.fields) ? { ...entry, fields: withoutPersonal(entry.fields) } : entry,
    );
}

export function hasPersonalData(codebook: readonly Marked[]): boolean {
  return codebook.some((entry) => entry.personalData === true || hasPersonalData(entry.fields));
}

/**
 * Whether a variable path names personal data: a question (`resp_email`), its "other" text (`resp_email-Comment`)
 * or a dynamic panel field (`accounts.acc_owner`).
 */
export function isPersonalVariable(codebook: readonly Marked[], variablePath: string): boolean {
  const [questionPart, ...fieldParts] = variablePath.split('.');
  const questionName = (questionPart ?? '').replace(/-Comment$/, '');
  const entry = codebook.find((candidate) => candidate.name === questionName);
  if (!entry) return false;
  if (entry.personalData) return true;
  const fieldName = fieldParts.join('.').replace(/-Comment$/, '');
  return fieldName !== '' && isPersonalVariable(entry.fields, fieldName);
}

/** A response's answers without those to personal questions; the same object when it holds none of them. */
export function withoutPersonalAnswers(
  codebook: readonly Marked[],
  answers: Record<string, unknown>,
): Record<string, unknown> {
  return stripAnswers(personalKeysOf(codebook), answers) ?? answers;
}

/** The names of the personal questions (and `panel.field`s) a response has answered, for an audit entry. */
export function personalAnswerNames(codebook: readonly Marked[], answers: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const entry of codebook) {
    const value = answers[entry.name];
    if (entry.personalData) {
      if (entry.name in answers || `${entry.name}-Comment` in answers) names.push(entry.name);
      continue;
    }
    if (!Array.isArray(value)) continue;
    for (const field of entry.fields) {
      const answered = value.some(
        (panelEntry) => isRecord(panelEntry) && personalAnswerNames([field], panelEntry).length > 0,
      );
      if (answered) names.push(`${entry.name}.${field.name}`);
    }
  }
  return names;
}

/** Where personal answers sit in a response: keys of its own, and dynamic panels whose entries hold some. */
interface PersonalKeys {
  keys: string[];
  panels: Array<{ name: string; fields: PersonalKeys }>;
}

const personalKeysCache = new WeakMap<readonly Marked[], PersonalKeys>();

/** Worked out once per codebook: every record read for an export is checked against it. */
function personalKeysOf(codebook: readonly Marked[]): PersonalKeys {
  let found = personalKeysCache.get(codebook);
  if (!found) {
    found = { keys: [], panels: [] };
    for (const entry of codebook) {
      if (entry.personalData) found.keys.push(entry.name, `${entry.name}-Comment`);
      else if (hasPersonalData(entry.fields))
        found.panels.push({ name: entry.name, fields: personalKeysOf(entry.fields) });
    }
    personalKeysCache.set(codebook, found);
  }
  return found;
}

/**
 * A copy without the personal answers, or undefined when there were none. The copy is built afresh rather than by
 * deleting keys, which would turn the object into a slow dictionary for everything that reads it next.
 */
function stripAnswers(
  personal: PersonalKeys,
  answers: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const dropped = new Set<string>();
  for (const key of personal.keys) if (key in answers) dropped.add(key);
  const replaced = new Map<string, unknown>();
  for (const panel of personal.panels) {
    const entries = answers[panel.name];
    if (!Array.isArray(entries)) continue;
    let changed = false;
    const strippedEntries = entries.map((panelEntry: unknown) => {
      if (!isRecord(panelEntry)) return panelEntry;
      const stripped = stripAnswers(panel.fields, panelEntry);
      if (stripped) changed = true;
      return stripped ?? panelEntry;
    });
    if (changed) replaced.set(panel.name, strippedEntries);
  }
  if (dropped.size === 0 && replaced.size === 0) return undefined;
  const kept: Record<string, unknown> = {};
  for (const name in answers) {
    if (dropped.has(name)) continue;
    kept[name] = replaced.has(name) ? replaced.get(name) : answers[name];
  }
  return kept;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
