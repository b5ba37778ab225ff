// The select variant of <language-switcher> on a phone while its document loads, in the
// languages whose texts differ most in length and direction (phone-layout-switcher-cases.ts).
import { LOCALES } from './phone-layout-helpers.js';
import { describeSwitcherWhileLoading } from './phone-layout-switcher-cases.js';

describeSwitcherWhileLoading('select', LOCALES.map(({ lang }) => lang));
