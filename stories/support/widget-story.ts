// Args, argTypes, controls and actions of a widget, made from custom-elements.json by
// @wc-toolkit/storybook-helpers: every attribute and public property (its control from its
// type), every `--sw-*` custom property (a colour picker for `<color>`), every part (`<name>-part`
// args hold `::part()` rules, so the part `count` never clashes with the attribute `count`),
// every slot, and an Actions entry for every event (`like-change`, `load`, `error`).
// Nothing here is written per element: a new element's stories get the same controls.
import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { TemplateResult } from 'lit';

export type WidgetArgs = Record<string, unknown>;

export interface WidgetStory {
  /** Default args: the manifest's defaults (left off the element until changed). */
  readonly args: WidgetArgs;
  readonly argTypes: ArgTypes;
  /** The element with the args that belong to it; other args of a story are left out. */
  render(args: WidgetArgs, slot?: TemplateResult): TemplateResult;
}

/**
 * The helpers' argTypes without their placeholders for Storybook's own argTypes (turned off in
 * the preview); a custom property's default shown in the Default column like an attribute's.
 */
function documented(argTypes: ArgTypes): ArgTypes {
  return Object.fromEntries(
    Object.entries(argTypes)
      .filter(([, argType]) => argType.table?.category)
      .map(([key, argType]) =>
        argType.table?.category === 'css properties' && argType.defaultValue !== undefined
          ? [key, { ...argType, table: { ...argType.table, defaultValue: { summary: String(argType.defaultValue) } } }]
          : [key, argType],
      ),
  );
}

/** The helpers of one tag (it must be in custom-elements.json: `npm run manifest`). */
export function widgetStory(tag: string): WidgetStory {
  const helpers = getStorybookHelpers(tag);
  const { args, template } = helpers;
  const argTypes = documented(helpers.argTypes);
  // A property without a default (`data`) would start as "" — a document, and a broken one.
  const initial = Object.fromEntries(
    Object.entries(args)
      .filter(([key, value]) => value !== '' || argTypes[key]?.table?.category !== 'properties')
      // A select's options are text ("1"…"6" for heading-level); its default must be one of them.
      .map(([key, value]) => [key, typeof value === 'number' && argTypes[key]?.options ? String(value) : value]),
  );
  const own = new Set(Object.keys(argTypes));
  return {
    args: initial,
    argTypes,
    render(storyArgs, slot) {
      // Part and slot rules must stay strings: an arg set to undefined keeps its default.
      const mine: WidgetArgs = { ...initial };
      for (const [key, value] of Object.entries(storyArgs)) {
        if (!own.has(key) || (value === undefined && key in initial)) continue;
        // The helpers drop falsy attribute values, so `count=0` would vanish; as text it stays,
        // and equals the manifest's default ("4") when it is one.
        mine[key] = typeof value === 'number' && argTypes[key]?.table?.category === 'attributes' ? String(value) : value;
      }
      return template(mine, slot);
    },
  };
}
