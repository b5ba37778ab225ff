// `node server/index.mjs` (what `npm start` runs after building): the demo site and the
// reference endpoint on HOST:PORT. Settings come from the environment: see README.md.
import { likesDatabase, readConfig, startWarnings } from './config.mjs';
import { startServer } from './server.mjs';

let config;
let running;
try {
  config = readConfig();
  running = await startServer(config);
} catch (error) {
  console.error(`story-widgets server: could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const { url } = running;
console.log(`story-widgets demo: ${url}/`);
console.log(`  article page      ${url}/`);
console.log(`  French version    ${url}/fr/`);
console.log(`  blogger snippet   ${url}/blogger.html`);
console.log(`  widget gallery    ${url}/gallery.html`);
console.log(`  article JSON      ${url}/api/articles/chechnya-purge-restarted`);
console.log(`  JSON Feed         ${url}/api/feed.json`);
console.log(`  likes database    ${likesDatabase(config)}`);
for (const warning of startWarnings(config, url)) console.warn(warning);
console.log('Press Ctrl+C to stop.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`story-widgets server: ${signal}, closing…`);
    running.close().then(
      () => {
        console.log('story-widgets server: stopped, database closed.');
        process.exit(0);
      },
      (error) => {
        console.error('story-widgets server: error while closing:', error);
        process.exit(1);
      },
    );
  });
}
