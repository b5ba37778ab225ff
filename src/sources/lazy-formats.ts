/**
 * The readers of the formats most pages never see (WordPress, WordPress.com, JSON-LD, RSS, Atom, JSON Feed), with what
 * only they use: read-document.ts imports this module the first time such a document arrives,
 * so in the ES CDN file they are a chunk of their own. Their detectors stay in the main file
 * (format-shapes.ts), each named by the key of its reader here.
 */
export { readAtom as atom } from './atom.js';
export { parseFeed as feed } from './json-feed.js';
export { readLinkedData as linkedData } from './json-ld.js';
export { readRss as rss } from './rss.js';
export { readPost as post, readPostCollection as posts } from './wordpress.js';
export { readComPost as comPost } from './wordpress-com.js';
