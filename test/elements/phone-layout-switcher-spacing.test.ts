// The links variant of <language-switcher> on a phone while its document loads, with WCAG
// 1.4.12's text spacing, in every built-in language (phone-layout-switcher-cases.ts).
import { BUILT_IN_LOCALES } from '../support/small-screens.js';
import { describeSwitcherWhileLoading } from './phone-layout-switcher-cases.js';

describeSwitcherWhileLoading('links', BUILT_IN_LOCALES, true);
