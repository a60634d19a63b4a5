/**
 * LHC-Forms (npm `lforms`, NLM's reference FHIR form renderer) on a local page: a tiny static
 * server on 127.0.0.1 serves the web component from node_modules and an empty page that loads
 * it, so the browser reaches no network.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const lformsDir = fileURLToPath(new URL('../../../node_modules/lforms/dist/lforms/', import.meta.url));

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
</head><body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/lhc-forms.js"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js"></script>
</body></html>`;

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};

export interface LhcFormsServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startLhcFormsServer(): Promise<LhcFormsServer> {
  if (!existsSync(path.join(lformsDir, 'webcomponent', 'main.js'))) throw new Error(`lforms is not installed at ${lformsDir} (npm ci)`);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const file = url.pathname.startsWith('/lforms/') ? path.join(lformsDir, path.normalize(url.pathname.slice('/lforms/'.length))) : '';
    if (file === '' || !file.startsWith(lformsDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
