/** Data from the command line: synthetic demo responses and the CSV exports. */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { aggregateResponsesAsync } from '../analysis/index.ts';
import { countryScope } from '../auth/permissions.ts';
import { DomainError } from '../errors.ts';
import { codebookCsv, comparisonCsv, longCsv, wideCsv, writeCsv } from '../export/index.ts';
import { generateDemoResponses } from '../results/demo-data.ts';
import { removeDemoData } from '../results/demo-data-removal.ts';
import { parseResultsQuery } from '../results/query-parsing.ts';
import { loadSurveyData, recordStream, wideRecordStream } from '../results/survey-data.ts';
import { CliFailure, withCliContext } from './cli-context.ts';

const formats = ['wide', 'long', 'codebook', 'countries'] as const;

/** cli demo --remove: each survey's demo data removed and audited, and what went printed. */
async function removeDemoDataCommand(surveySlug: string | undefined): Promise<void> {
  await withCliContext(async ({ repositories }) => {
    const slugs = surveySlug
      ? [surveySlug]
      : (await repositories.surveys.list()).map((survey) => survey.slug);
    for (const slug of slugs) {
      try {
        const removed = await removeDemoData(repositories, slug, { actorLabel: 'cli' });
        process.stdout.write(
          `${slug}: removed ${removed.invitations} demo invitations and ${removed.responses} demo responses\n`,
        );
      } catch (error) {
        if (error instanceof DomainError) throw new CliFailure(error.message);
        throw error;
      }
    }
    process.stdout.write('Real invitations and responses were not touched.\n');
  });
}

export function registerDataCommands(program: Command): void {
  program
    .command('demo')
    .description(
      'Fill the database with synthetic submitted responses for all 11 member states, marked as demo data; or, with --remove, remove the demo data (nothing real is touched).',
    )
    .option('--responses <n>', 'responses per survey', (value) => Number.parseInt(value, 10))
    .option('--remove', 'remove the demo invitations and responses instead (audited)')
    .option('--survey <slug>', 'only this survey (default: every published survey)')
    .option('--seed <n>', 'random seed, for repeatable data', (value) => Number.parseInt(value, 10), 1)
    .action(async (flags: { responses?: number; remove?: boolean; survey?: string; seed: number }) => {
      if (flags.remove) {
        if (flags.responses !== undefined)
          throw new CliFailure('Give either --responses (to add demo data) or --remove, not both.');
        await removeDemoDataCommand(flags.survey);
        return;
      }
      const responses = flags.responses;
      if (responses === undefined)
        throw new CliFailure('Give --responses <n> to add demo data, or --remove to remove it.');
      if (!Number.isInteger(responses) || responses < 1 || responses > 1_000_000) {
        throw new CliFailure('--responses must be a whole number between 1 and 1000000.');
      }
      await withCliContext(async ({ repositories }) => {
        const slugs = flags.survey
          ? [flags.survey]
          : (await repositories.surveys.list()).map((survey) => survey.slug);
        for (const slug of slugs) {
          try {
            const written = await generateDemoResponses(repositories, {
              surveySlug: slug,
              responses,
              seed: flags.seed,
            });
            process.stdout.write(`${slug}: ${written} synthetic responses\n`);
          } catch (error) {
            throw new CliFailure((error as Error).message);
          }
        }
      });
    });

  program
    .command('export')
    .description(
      'Write a CSV export: wide (one row per response), long (one row per answer), codebook, or countries (the aggregates behind the charts).',
    )
    .requiredOption('--survey <slug>', 'survey slug')
    .requiredOption('--format <format>', formats.join(' | '))
    .requiredOption('--out <file>', 'CSV file to write')
    .option('--labels', 'labels instead of codes')
    .option('--locale <code>', 'language of the labels (default English)')
    .option('--bom', 'start with a UTF-8 byte-order mark, for Excel')
    .option('--versions <list>', 'only these versions, e.g. 1,2')
    .option('--countries <list>', 'only these member states, e.g. TH,VN')
    .option(
      '--contacts',
      'include personal data: answers to questions marked personalData (wide, long) and the contact name and e-mail (wide)',
    )
    .action(
      async (flags: {
        survey: string;
        format: string;
        out: string;
        labels?: boolean;
        locale?: string;
        bom?: boolean;
        versions?: string;
        countries?: string;
        contacts?: boolean;
      }) => {
        if (!(formats as readonly string[]).includes(flags.format))
          throw new CliFailure(`--format must be one of ${formats.join(', ')}.`);
        await withCliContext(async ({ repositories }) => {
          try {
            const data = await loadSurveyData(repositories, flags.survey);
            const query = parseResultsQuery({
              ...(flags.versions ? { versions: flags.versions } : {}),
              ...(flags.countries ? { countries: flags.countries.toUpperCase() } : {}),
            });
            if (flags.contacts) query.withContacts = true;
            const options = {
              ...(flags.labels ? { labels: true } : {}),
              ...(flags.locale ? { locale: flags.locale } : {}),
              ...(flags.bom ? { bom: true } : {}),
              ...(flags.contacts ? { contacts: true } : {}),
            };
            const scope = countryScope({
              role: 'admin',
              countryCodes: [],
              id: 0,
              email: 'cli',
              createdAt: '',
              disabledAt: null,
              passwordChangeRequired: false,
            });
            const records = () => recordStream(repositories, data, query, scope);
            const chunks =
              flags.format === 'wide'
                ? wideCsv(
                    // Stored cells hold codes and no personal data (server/export/stored-cells.ts).
                    flags.labels || flags.contacts
                      ? records()
                      : wideRecordStream(repositories, data, query, scope),
                    data.codebook,
                    options,
                  )
                : flags.format === 'long'
                  ? longCsv(records(), data.codebook, options)
                  : flags.format === 'codebook'
                    ? codebookCsv(data.codebook, options)
                    : comparisonCsv(
                        await aggregateResponsesAsync(records(), data.codebook, {
                          minCellSize: data.survey.minimumCellSize,
                        }),
                        options,
                      );
            const file = createWriteStream(flags.out);
            await writeCsv(chunks, file);
            await new Promise<void>((resolve, reject) =>
              file.end((error?: Error | null) => (error ? reject(error) : resolve())),
            );
            process.stdout.write(`${flags.format} export written to ${flags.out}\n`);
          } catch (error) {
            if (error instanceof DomainError) throw new CliFailure(`${error.message}`);
            throw error;
          }
        });
      },
    );
}
