/**
 * The command line: `npm run cli -- <command>`. Each command has --help. Commands that touch the database read the
 * same configuration as the server (DATABASE_PATH, …).
 */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { defaultSurveyFiles, validateFiles } from './validate-command.ts';

const program = new Command('tinjau').description('Tinjau command line').showHelpAfterError();

program
  .command('validate')
  .description(
    'Check questionnaire definitions (SurveyJS JSON): parse, known types and properties, unique question names and ' +
      'choice codes, expressions that name existing questions; prints translation coverage per locale.',
  )
  .argument('[files...]', 'definition files (default: every .json in SURVEYS_DIR)')
  .action(async (files: string[]) => {
    const config = loadConfig(process.env);
    const targets = files.length > 0 ? files : await defaultSurveyFiles(config.surveysDir);
    const outcome = await validateFiles(targets);
    process.stdout.write(`${outcome.output}\n`);
    process.exitCode = outcome.failed ? 1 : 0;
  });

await program.parseAsync(process.argv);
