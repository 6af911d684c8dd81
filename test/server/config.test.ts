import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, projectRoot } from '../../server/config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.PORT).toBe(3000);
    expect(config.databasePath).toBe(path.join(projectRoot, 'data', 'tinjau.db'));
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
  });

  it('reads and converts values from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_PATH: '/tmp/x.db',
      PUBLIC_URL: 'https://survey.example.org/',
    });
    expect(config.PORT).toBe(8080);
    expect(config.databasePath).toBe('/tmp/x.db');
    expect(config.publicUrl).toBe('https://survey.example.org');
  });

  it('rejects an invalid value and names the key', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_SYNCHRONOUS: 'OFF' })).toThrow(/DATABASE_SYNCHRONOUS/);
  });
});
