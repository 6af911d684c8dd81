/**
 * The command line: `npm run cli -- <command>`. Each command has --help. Commands that touch the database read the
 * same configuration as the server (DATABASE_PATH, …).
 */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { CliFailure } from './cli-context.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerInviteCommand } from './invite-command.ts';
import { registerMaintenanceCommands } from './maintenance-commands.ts';
import { registerUserCommand } from './user-command.ts';
import { defaultSurveyFiles, validateFiles } from './validate-command.ts';

const program = new Command('tinjau').description('Tinjau command line').showHelpAfterError();

program
  .command('validate')
  .description(
    'Check questionnaire definitions (SurveyJS JSON, or the questionnaire spreadsheet for .csv files): parse, known types and properties, unique question names and ' +
      'choice codes, expressions that name existing questions, and the size limits (questions, elements, nesting, characters); ' +
      "prints each file's size against those limits and translation coverage per locale.",
  )
  .argument('[files...]', 'definition files (default: every .json in SURVEYS_DIR)')
  .option(
    '--against <older-file>',
    'an older version of the one file given: list the questions and choices added, removed and reworded, and per locale the missing and stale translations',
  )
  .action(async (files: string[], options: { against?: string }) => {
    const config = loadConfig(process.env);
    const targets = files.length > 0 ? files : await defaultSurveyFiles(config.surveysDir);
    const outcome = await validateFiles(targets, options);
    process.stdout.write(`${outcome.output}\n`);
    process.exitCode = outcome.failed ? 1 : 0;
  });

registerInviteCommand(program);
registerUserCommand(program);
registerMaintenanceCommands(program);
registerDataCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CliFailure)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
