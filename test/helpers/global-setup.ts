/** Runs once before all tests: nothing yet beyond making the artefacts folder for screenshots and logs. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export default function setup(): void {
  mkdirSync(path.resolve(import.meta.dirname, '..', 'artefacts'), { recursive: true });
}
