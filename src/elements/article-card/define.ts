import { defineElement } from '../../core/registry.js';
import { ArticleCard } from './article-card.js';

defineElement('article-card', ArticleCard);

export { ArticleCard };
export type { ArticleCardLayout } from './article-card.js';
