/**
 * `npm run provision -- <command>`: the provisioning tools from a checkout (commands and usage in
 * electron/cli/provision-commands.ts; an installed kiosk runs them as `backtalk --hash-pin` or
 * `backtalk --provision <command>`).
 */
import { isMainModule } from './is-main-module.ts';
import { runProvisionCli } from './provision-commands.ts';
import { terminalIo } from './terminal-io.ts';

if (isMainModule(import.meta.url, /provision-cli\.(ts|mjs|js|cjs)$/)) {
  runProvisionCli(process.argv.slice(2), terminalIo()).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`backtalk-provision: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
