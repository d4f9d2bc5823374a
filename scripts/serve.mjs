// Serves the project folder on localhost for the demo: `npm start` builds first, then runs this.
// PORT picks the port (default 8000; the next free one is used if it is taken).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.split(sep).includes('node_modules') || path.includes(`${sep}.`)) {
    response.writeHead(404).end('Not found');
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(path).pipe(response);
});

const wanted = Number(process.env.PORT ?? 8000);
let port = wanted;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT && port < wanted + 20) {
    port += 1;
    server.listen(port, '127.0.0.1');
  } else {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: choose another with PORT=…` : error.message);
    process.exit(1);
  }
});
server.on('listening', () => {
  if (port !== wanted) console.log(`Port ${wanted} is in use (another server?), so this one took ${port}. PORT=… picks one.`);
  console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C stops the server)`);
});
server.listen(port, '127.0.0.1');
