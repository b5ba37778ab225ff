import { defineElement } from '../../core/registry.js';
import { VideoEmbed } from './video-embed.js';

defineElement('video-embed', VideoEmbed);

export { VideoEmbed };
