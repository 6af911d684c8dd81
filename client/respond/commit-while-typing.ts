/**
 * SurveyJS copies plain text into the answers as it is typed (`textUpdateMode: 'onTyping'`), but e-mail, web
 * address and phone fields only when they lose focus. Commit those on every keystroke too, so a reload or a closed
 * tab right after typing an address loses nothing.
 */
import type { Model, Question } from './survey-library.ts';

const committedOnBlurOnly = new Set(['email', 'url', 'tel']);

export function commitWhileTyping(model: Model, host: HTMLElement): void {
  host.addEventListener('input', (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || !committedOnBlurOnly.has(field.type)) return;
    const question = model
      .getAllQuestions(false, false, true)
      .find((candidate: Question) => candidate.inputId === field.id);
    if (!question) return;
    const value = field.value === '' ? undefined : field.value;
    if (question.value !== value) question.value = value;
  });
}
