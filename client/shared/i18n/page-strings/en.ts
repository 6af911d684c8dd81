/** The respondent page's own words in English (en): English — the source text. See ../page-strings.ts. */
import type { PageStrings } from '../page-strings.ts';

export const englishPageStrings: PageStrings = {
  loading: 'Loading the questionnaire…',
  language: 'Language',
  saveSaved: 'All changes saved',
  saveSaving: 'Saving…',
  saveOffline: 'Offline — your answers are kept on this device and will be sent when you reconnect',
  saveError: 'Could not save just now — we will try again',
  submitting: 'Submitting…',
  submitInvalid: 'Some answers need attention. Please check the questions marked in red.',
  submitFailed: 'Your answers could not be submitted. Please check your connection and try again.',
  receiptTitle: 'Thank you — your answers have been submitted',
  receiptReference: 'Reference code',
  receiptSubmittedAt: 'Submitted on',
  receiptKeep: 'Please keep this reference code for your records.',
  yourAnswers: 'Your submitted answers (read only)',
  print: 'Print',
  notFoundTitle: 'This link is not valid',
  notFoundBody:
    'Please check that you copied the whole link from your invitation, or contact the research team who invited you.',
  closedTitle: 'This questionnaire is closed',
  closedBody: 'The survey is no longer accepting answers. Please contact the research team if you need help.',
  notOpenTitle: 'This questionnaire is not open yet',
  notOpenBody: 'The survey opens on {date}. Please come back then.',
  alreadySubmittedTitle: 'Already submitted',
  resumed: 'Welcome back — your saved answers have been restored.',
  tooManyRequestsTitle: 'Too many attempts',
  tooManyRequestsBody: 'Please wait a few minutes and try again.',
  skipToContent: 'Skip to the questionnaire',
  showIntroduction: 'Show introduction',
  hideIntroduction: 'Hide introduction',
  reviewButton: 'Review answers',
  reviewTitle: 'Review your answers before submitting',
  reviewIntro:
    'Please check your answers. To change one, go back to its page. Your answers are submitted only when you press the button at the end of this list.',
  reviewChange: 'Change answers on this page',
  reviewNoAnswers: 'No question on this page has been answered.',
  reviewSubmit: 'Submit answers',
  reviewBack: 'Back to the questionnaire',
  linkEndedTitle: 'This link no longer works',
  linkEndedBody:
    'The research team has withdrawn this invitation link or sent you a new one, so answers can no longer be saved through it.',
  keptOnDeviceReopen:
    'What you typed is kept on this device, in this browser. If the survey opens again, open this link again in this browser and your answers will be sent.',
  keptOnDeviceNewLink:
    'What you typed is kept on this device, in this browser, so nothing is lost. Please contact the research team for a new link.',
  studyContact: 'Contact: {contact}',
  answeringFor: 'Answering for {organisation}, {country}',
  answeringForFixed:
    'Answers taken from your invitation are shown but cannot be changed. If one is wrong, please contact the research team.',
};
