/** Database maintenance from the command line: backup, restore, and erasing a person's contact data. */
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { BackupError, backupDatabase, restoreDatabase } from '../db/backup.ts';
import { eraseContactData } from '../invitations/erase-contact.ts';
import { CliFailure, withCliContext } from './cli-context.ts';

function failOnBackupError(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof BackupError) throw new CliFailure(error.message);
    throw error;
  }
}

export function registerMaintenanceCommands(program: Command): void {
  program
    .command('backup')
    .description('Write a consistent copy of the database to FILE, safely while the server is running.')
    .argument('<file>', 'the backup file to create (must not exist)')
    .action((file: string) => {
      const config = loadConfig(process.env);
      failOnBackupError(() => backupDatabase(config.databasePath, file));
      process.stdout.write(`backup written to ${file}\n`);
    });

  program
    .command('restore')
    .description('Replace the database with a backup, after checking it. Stop the server first.')
    .argument('<file>', 'a file made by `backup`')
    .action((file: string) => {
      const config = loadConfig(process.env);
      failOnBackupError(() => restoreDatabase(file, config.databasePath));
      process.stdout.write(`database restored from ${file}\n`);
    });

  program
    .command('erase-contact')
    .description(
      "Remove an invitee's contact name and e-mail, and their response's answers to questions marked personal data (the other answers, which are anonymous, are kept); the erasure is audited.",
    )
    .requiredOption('--invitation <id>', 'the invitation id (see the workspace tracking table)')
    .action(async (flags: { invitation: string }) => {
      const id = Number(flags.invitation);
      if (!Number.isInteger(id) || id < 1)
        throw new CliFailure(`--invitation must be a positive whole number, not "${flags.invitation}".`);
      await withCliContext(async ({ repositories }) => {
        const erased = await eraseContactData(repositories, id, { actorLabel: 'cli' });
        if (!erased) throw new CliFailure(`There is no invitation ${id}.`);
        process.stdout.write(`contact data of invitation ${id} erased\n`);
      });
    });
}
