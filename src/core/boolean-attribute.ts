/**
 * A boolean attribute's value, except that `"false"` is off: Vue and Svelte write a bound
 * `false` as that text, which as a plain boolean attribute (present = on) would turn it on.
 */
export const booleanAttribute = (value: string | null): boolean => value != null && value != 'false';
