/**
 * Browser test files that count long tasks: `npm test` runs them alone, after the others, as a
 * second test page sharing the machine's cores stretches any task past 50 ms.
 */
export const RUN_ALONE = ['test/core/render-turns.test.ts'];
