/** One kiosk start's worth of CUPS follow-up: asks for a job's state once, prints it, exits. */
import { createCupsClient } from '../../../../electron/core/printing/cups-client.ts';

const [jobId = ''] = process.argv.slice(2);
const state = await createCupsClient().jobState(jobId);
process.stdout.write(`${state}\n`);
