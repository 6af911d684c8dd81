/**
 * Configuration, parsed once from the environment with a schema and defaults into a typed object.
 * Every key is documented in .env.example. Nothing else reads process.env.
 */
import path from 'node:path';
import Type, { type Static } from 'typebox';
import { Value } from 'typebox/value';
import { parseTrustProxy, type TrustProxy, TrustProxyError } from './security/trust-proxy.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');

const ConfigSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  DATABASE_PATH: Type.String({ default: 'data/tinjau.db', minLength: 1 }),
  /** NORMAL survives a process crash in WAL mode; FULL also survives power loss, at a cost per commit. */
  DATABASE_SYNCHRONOUS: Type.Union([Type.Literal('NORMAL'), Type.Literal('FULL')], { default: 'NORMAL' }),
  SURVEYS_DIR: Type.String({ default: 'surveys', minLength: 1 }),
  /** Base of the links in invitations, e.g. https://survey.example.org. Defaults to http://HOST:PORT. */
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** The first admin, created on the first start when there are no staff users. */
  ADMIN_EMAIL: Type.String({ default: 'admin@tinjau.local', pattern: '^[^\\s@]+@[^\\s@]+$' }),
  /** Its password; when unset a one-time password is generated and printed once. */
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12 })),
  /** Behind reverse proxies: their number, or their addresses/CIDRs (server/security/trust-proxy.ts). */
  TRUST_PROXY: Type.String({ default: '0' }),
  SESSION_TTL_HOURS: Type.Integer({ default: 12, minimum: 1, maximum: 24 * 30 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
});

export type Config = Static<typeof ConfigSchema> & {
  databasePath: string;
  surveysDir: string;
  publicUrl: string;
  trustProxy: TrustProxy;
};

export class ConfigError extends Error {}

export function loadConfig(environment: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.properties)
      .filter((key) => environment[key] !== undefined && environment[key] !== '')
      .map((key) => [key, environment[key]]),
  );
  const candidate = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, known));
  if (!Value.Check(ConfigSchema, candidate)) {
    const problems = [...Value.Errors(ConfigSchema, candidate)].map(
      (error) => `${error.instancePath.replace(/^\//, '') || 'configuration'} ${error.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const parsed = candidate as Static<typeof ConfigSchema>;
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(parsed.TRUST_PROXY);
  } catch (error) {
    if (error instanceof TrustProxyError) throw new ConfigError(`Invalid configuration: ${error.message}`);
    throw error;
  }
  return {
    ...parsed,
    databasePath: path.resolve(projectRoot, parsed.DATABASE_PATH),
    surveysDir: path.resolve(projectRoot, parsed.SURVEYS_DIR),
    publicUrl: (parsed.PUBLIC_URL ?? `http://${parsed.HOST}:${parsed.PORT}`).replace(/\/$/, ''),
    trustProxy,
  };
}
