import { defineElement } from '../../core/registry.js';
import { ArticleContext } from './article-context.js';

defineElement('article-context', ArticleContext);

export { ArticleContext };
