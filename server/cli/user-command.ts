/** `cli user add`: adds a staff user; the password is read from standard input, never from the command line. */
import type { Command } from 'commander';
import { staffRoles } from '../auth/permissions.ts';
import { addStaffUser, resetStaffPassword } from '../auth/staff-users.ts';
import type { StaffRole } from '../db/repositories/staff-repository.ts';
import { DomainError } from '../errors.ts';
import { CliFailure, withCliContext } from './cli-context.ts';

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Manage staff users');
  user
    .command('add')
    .description(
      'Add a staff user. The password is read from standard input (e.g. `printf %s "$PASSWORD" | npm run cli -- user add …`).',
    )
    .requiredOption('--email <address>', 'e-mail used to sign in')
    .requiredOption('--role <role>', `one of ${staffRoles.join(', ')}`)
    .option(
      '--country <ISO2>',
      'member state of a coordinator (repeat for several)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .action(async (flags: { email: string; role: string; country: string[] }) => {
      const password = (await readStandardInput()).replace(/\r?\n$/, '');
      await withCliContext(async ({ repositories }) => {
        try {
          const created = await addStaffUser(
            repositories,
            { email: flags.email, role: flags.role as StaffRole, password, countryCodes: flags.country },
            { actorLabel: 'cli' },
          );
          process.stdout.write(
            `added ${created.role} ${created.email}${created.countryCodes.length ? ` (${created.countryCodes.join(', ')})` : ''}\n`,
          );
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          throw new CliFailure(
            `${error.message}\n${(error.details ?? []).map((detail) => `  ${detail.field}: ${detail.message}`).join('\n')}`,
          );
        }
      });
    });
  user
    .command('reset-password')
    .description(
      "Reset a staff user's password: signs them out and prints a one-time password, which they must replace at their next sign-in (for an admin locked out, too).",
    )
    .requiredOption('--email <address>', 'e-mail of the user')
    .action(async (flags: { email: string }) => {
      await withCliContext(async ({ repositories }) => {
        const found = await repositories.staff.findByEmail(flags.email.trim().toLowerCase());
        if (!found) throw new CliFailure(`There is no staff user with the e-mail ${flags.email}.`);
        const { user: reset, oneTimePassword } = await resetStaffPassword(repositories, found.id, {
          actorLabel: 'cli',
        });
        process.stdout.write(
          `${reset.email} is signed out. One-time password (shown once; give it by a separate channel):\n${oneTimePassword}\n`,
        );
      });
    });
}
