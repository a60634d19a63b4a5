/**
 * In a crash test's writer process: exit when the test process is gone. Its stdin is a pipe from
 * the test, which closes when the test ends in any way, SIGKILL included.
 */
export function exitWithParent(): void {
  process.stdin.on('end', () => process.exit(0)).resume();
}
