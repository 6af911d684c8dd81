/** The plain data a questionnaire version compiles to for fast validation (see compile.ts and validate.ts). */
import type { Variable } from '../codebook.ts';
import type { Condition } from './condition.ts';

/** How a question's value is checked beyond "required"; mirrors the survey-core class of that question type. */
export type RuleKind =
  | 'plain'
  | 'text'
  | 'select'
  | 'checkbox'
  | 'matrix'
  | 'matrixdropdown'
  | 'multipletext'
  | 'paneldynamic'
  | 'display';

export type ValidatorRule =
  | { type: 'numeric'; min: number | null; max: number | null; rangeText: string; numericText: string }
  | {
      type: 'text';
      minLength: number;
      maxLength: number;
      allowDigits: boolean;
      text: string;
      digitsText: string;
    }
  | { type: 'answercount'; minCount: number; maxCount: number; minText: string; maxText: string }
  | { type: 'regex'; regex: RegExp; text: string }
  | { type: 'email'; text: string }
  | { type: 'expression'; condition: Condition | undefined; text: string };

export interface TextRule {
  /** Rendered min/max of a min/max input type (survey-core compares them with the raw value, JS `<`/`>`). */
  min?: unknown;
  max?: unknown;
  /** Whether min/max and the value are compared as dates (inputType date or datetime-local). */
  dates?: boolean;
  minText: string;
  maxText: string;
  /** Step of a number input. */
  step?: number;
  stepText: string;
  /** Built-in e-mail check of inputType "email" when the question has no e-mail validator. */
  emailText?: string;
}

export interface QuestionRule {
  name: string;
  kind: RuleKind;
  /** Static `visible`; false hides the question whatever its visibleIf. */
  visible: boolean;
  visibleIf?: Condition;
  /** visibleIf of the enclosing panels and page (not part of survey-core's question.isVisible). */
  containerVisibleIf: Condition[];
  /** Static read-only (the question's or a container's): survey-core does not validate read-only questions. */
  readOnly: boolean;
  /** enableIf of the question and its containers: all must hold for the question to be validated. */
  enableIf: Condition[];
  isRequired: boolean;
  requiredIf?: Condition;
  requiredText: string;
  validators: ValidatorRule[];
  text?: TextRule;
  /** Select questions with showOtherItem: the "other" value, whose comment `<name>-Comment` must not be empty. */
  other?: { value: string; text: string };
  /**
   * Select questions: whether completion clears `<name>-Comment` while "other" is not chosen (survey-core's
   * getStoreOthersAsComment(): true unless the question has a comment area of its own).
   */
  clearsUnusedComment?: boolean;
  /** Checkbox minSelectedChoices (a lone "none" satisfies it). */
  minSelected?: { count: number; text: string; noneValue?: string };
  /** Single-choice matrix: rows, eachRowRequired/eachRowUnique. */
  matrix?: {
    rows: string[];
    eachRowRequired: boolean;
    eachRowUnique: boolean;
    allRowsText: string;
    uniqueText: string;
  };
  /** Multi-column matrix: rows and one rule per visible column (the cell question). */
  cells?: { rows: string[]; columns: QuestionRule[] };
  /** Multiple text: one rule per item editor. */
  items?: QuestionRule[];
  /** Dynamic panel: one rule per template field, and the entry count of a fresh Model when there is no answer. */
  panel?: { fields: QuestionRule[]; initialCount: number };
}

export interface FastValidator {
  variables: Variable[];
  /** Questions of the pages (including those in static panels), in questionnaire order. */
  questions: QuestionRule[];
  /** Why this version cannot be validated by the fast path; empty when it can. */
  unsupported: string[];
}
