/**
 * The kinds of government body Tinjau invites, in one list: invitations (form, CSV import, `cli invite
 * --org-type`), the questionnaires' organisation-type question (its choices must cover every code), the results
 * filters (`types=`) and the exports all read it. The browser imports it too, so keep it free of Node modules.
 *
 * The codes are the questionnaires' own: ministry, agency and local_government as both already had, the
 * questionnaires' state_corporation (ASEAN governments reach the public through government-owned companies too,
 * e.g. broadcasters and postal services), and other, which is SurveyJS's "other" item with its free text.
 */
export const organisationTypes = [
  'ministry',
  'agency',
  'local_government',
  'state_corporation',
  'other',
] as const;

export type OrganisationType = (typeof organisationTypes)[number];

/** English labels for staff pages, worded as the questionnaires word their choices. */
export const organisationTypeLabels: Record<OrganisationType, string> = {
  ministry: 'Ministry or department',
  agency: 'Agency, office or commission',
  local_government: 'Local government',
  state_corporation: 'Government-owned or controlled corporation',
  other: 'Other',
};

export function isOrganisationType(value: string): value is OrganisationType {
  return (organisationTypes as readonly string[]).includes(value);
}

/** "ministry, agency, local_government, state_corporation or other", for messages and help texts. */
export function organisationTypeList(conjunction = 'or'): string {
  return `${organisationTypes.slice(0, -1).join(', ')} ${conjunction} ${organisationTypes.at(-1)}`;
}
