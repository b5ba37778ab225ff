import { defineElement } from '../../core/registry.js';
import { RelatedStories } from './related-stories.js';

defineElement('related-stories', RelatedStories);

export { RelatedStories };
