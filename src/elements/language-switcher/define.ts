import { defineElement } from '../../core/registry.js';
import { LanguageSwitcher } from './language-switcher.js';

defineElement('language-switcher', LanguageSwitcher);

export { LanguageSwitcher };
