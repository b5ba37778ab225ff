// The select variant of <language-switcher> on a phone while its document loads, without and
// with WCAG 1.4.12's text spacing, in the languages whose texts differ most in length and
// direction (phone-layout-switcher-cases.ts).
import { LOCALES } from './phone-layout-helpers.js';
import { describeSwitcherWhileLoading } from './phone-layout-switcher-cases.js';

const locales = LOCALES.map(({ lang }) => lang);
describeSwitcherWhileLoading('select', locales);
describeSwitcherWhileLoading('select', locales, true);
