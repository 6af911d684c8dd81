/** `cli invite`: one invitation from flags, or many from a CSV file, printing or writing the links. */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DomainError } from '../errors.ts';
import {
  createInvitations,
  type InvitationRequest,
  type OrganisationType,
  organisationTypes,
} from '../invitations/create-invitation.ts';
import {
  invitationCsvColumns,
  invitationLinksCsv,
  parseInvitationCsv,
} from '../invitations/invitation-csv.ts';
import { duplicateInWords, importInvitations, importSummary } from '../invitations/invitation-import.ts';
import { CliFailure, withCliContext } from './cli-context.ts';

interface InviteFlags {
  survey?: string;
  country?: string;
  org?: string;
  orgType: string;
  name?: string;
  email?: string;
  locale?: string;
  fromCsv?: string;
  out?: string;
  allowDuplicates?: boolean;
}

export function registerInviteCommand(program: Command): void {
  program
    .command('invite')
    .description(
      'Create invitations and print their links (each link is shown once; only a hash of its token is stored).',
    )
    .option('--survey <slug>', 'survey slug, e.g. national-policy or agency-practice')
    .option('--country <ISO2>', 'member state code, e.g. TH')
    .option('--org <name>', 'organisation (ministry or agency) name')
    .option('--org-type <type>', `organisation type: ${organisationTypes.join(' | ')}`, 'ministry')
    .option('--name <contact>', 'contact name')
    .option('--email <address>', 'contact e-mail')
    .option('--locale <code>', 'preferred language of the respondent, e.g. th')
    .option('--from-csv <file>', 'create one invitation per row of this CSV file (see below)')
    .option('--out <file>', 'with --from-csv: where to write the links CSV (default: <file>-links.csv)')
    .option(
      '--allow-duplicates',
      'with --from-csv: also create rows that repeat an invitation already made or an earlier line (skipped by default)',
    )
    .addHelpText(
      'after',
      `\nCSV columns for --from-csv (header row required, UTF-8):\n${Object.entries(invitationCsvColumns)
        .map(([column, meaning]) => `  ${column.padEnd(18)} ${meaning}`)
        .join(
          '\n',
        )}\n\nEvery bad row is reported with its line number, and nothing is created unless all rows are good.\n` +
        'A row inviting the same organisation (case and spacing aside), member state and e-mail to the same survey as a live\n' +
        'invitation or an earlier line is a duplicate: it is reported by line and skipped, unless --allow-duplicates is given.\n' +
        'The links CSV (for a mail merge) has: invitation_id, survey, country, organisation, organisation_type, contact_name, contact_email, locale, link.',
    )
    .action(async (flags: InviteFlags) => {
      await withCliContext(async ({ config, repositories }) => {
        try {
          if (!flags.fromCsv) {
            const [created] = await createInvitations(repositories, [requestFromFlags(flags)], {
              actorLabel: 'cli',
              publicUrl: config.publicUrl,
            });
            process.stdout.write(`${created?.link}\n`);
            return;
          }
          const requests = await requestsFromCsv(flags.fromCsv, flags.survey);
          if (!requests) return;
          const result = await importInvitations(repositories, requests, {
            actorLabel: 'cli',
            publicUrl: config.publicUrl,
            duplicates: flags.allowDuplicates ? 'create' : 'skip',
          });
          for (const duplicate of result.duplicates)
            process.stdout.write(`  ${duplicateInWords(duplicate)}\n`);
          if (result.created.length === 0) {
            process.stdout.write(`${importSummary(result)} No links file was written.\n`);
            return;
          }
          const out = flags.out ?? flags.fromCsv.replace(/(\.csv)?$/i, '-links.csv');
          await writeFile(
            out,
            invitationLinksCsv(
              result.created.map((row) => row.request),
              result.created.map((row) => row.invitation),
            ),
          );
          process.stdout.write(`${importSummary(result)} Links written to ${out}\n`);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          reportProblems(error.message, error.details?.map((detail) => detail.message) ?? []);
        }
      });
    });
}

function requestFromFlags(flags: InviteFlags): InvitationRequest {
  const missing = (['survey', 'country', 'org'] as const).filter((flag) => !flags[flag]);
  if (missing.length > 0) {
    reportProblems(
      'Missing options.',
      missing.map((flag) => `--${flag} is required (or use --from-csv)`),
    );
  }
  return {
    surveySlug: flags.survey ?? '',
    countryCode: (flags.country ?? '').toUpperCase(),
    organisationName: flags.org ?? '',
    organisationType: flags.orgType as OrganisationType,
    ...(flags.name ? { contactName: flags.name } : {}),
    ...(flags.email ? { contactEmail: flags.email } : {}),
    ...(flags.locale ? { preferredLocale: flags.locale } : {}),
  };
}

async function requestsFromCsv(
  file: string,
  defaultSurvey: string | undefined,
): Promise<InvitationRequest[] | undefined> {
  const parsed = parseInvitationCsv(await readFile(file, 'utf8'), defaultSurvey);
  if (parsed.ok) return parsed.requests;
  reportProblems(
    `${file}: no invitations were created.`,
    parsed.problems.map((problem) => problem.message),
  );
  return undefined;
}

function reportProblems(headline: string, problems: string[]): never {
  throw new CliFailure(`${headline}\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
}
