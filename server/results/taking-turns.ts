/**
 * Long reads share the event loop. better-sqlite3 answers synchronously and every record is parsed and written out on
 * the main thread, so a stream of 100,000 records held up every other request (a respondent's save, the health
 * check) for as long as it ran. A stream wrapped in takingTurns gives the event loop a turn each time it has worked
 * for a few milliseconds: the time counted runs from one pull to the next, so it covers both the reading of a record
 * and what the consumer does with it (a CSV row) before asking for the next.
 */
import { setImmediate } from 'node:timers/promises';

/**
 * Milliseconds of work between turns. A save waits for at most about this much export work per request it queues
 * behind; a shorter turn costs the export little more (a turn without other work is a few microseconds).
 */
export const defaultTurnMs = 5;

export async function* takingTurns<T>(items: AsyncIterable<T>, turnMs = defaultTurnMs): AsyncGenerator<T> {
  let workingSince = performance.now();
  for await (const item of items) {
    yield item;
    if (performance.now() - workingSince >= turnMs) {
      // setImmediate runs after the poll phase, so requests already waiting are read and answered first.
      await setImmediate();
      workingSince = performance.now();
    }
  }
}
