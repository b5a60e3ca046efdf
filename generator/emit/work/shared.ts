import { WorkPool } from './pool.js';

let pool: WorkPool | undefined;

/**
 * The process's work pool. Its workers hold the process open only while they have work, so a
 * CLI run exits when it is done without closing the pool.
 */
export function sharedPool(): WorkPool {
  return (pool ??= new WorkPool());
}
