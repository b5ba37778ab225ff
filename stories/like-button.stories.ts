import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/like-button/define.js';
import { expectedTexts, spoken } from './support/expected-texts.js';
import { type FakeAnswer, answerLate } from './support/fake-fetch.js';
import { article, fixtures } from './support/fixtures.js';
import { LONG_TIMEOUT, document as doc, never, serverError, slow } from './support/states.js';
import { visitOf } from './support/story-visit.js';
import { type WidgetArgs, widgetStory } from './support/widget-story.js';

/** A like endpoint for one story (relative to the Storybook page) and how it answers. */
function endpoint(name: string, answer: FakeAnswer): { endpoint: string; parameters: { fakeFetch: { method: 'POST'; url: string; answer: FakeAnswer }[] } } {
  const url = `api/likes/${name}`;
  return { endpoint: url, parameters: { fakeFetch: [{ method: 'POST', url, answer }] } };
}

const status = (canvas: HTMLElement) => canvas.querySelector('like-button')!.shadowRoot!.querySelector('[part="status"]')!;
const button = (canvas: HTMLElement) => canvas.querySelector('like-button')!.shadowRoot!.querySelector('button')!;
const ready = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('like-button')!;
  await waitFor(() => expect(el.getAttribute('state')).toBe('ready'));
  await el.updateComplete;
  await waitFor(() => expect(button(canvas).disabled).toBe(false));
};
/** The status line reads `liked`/`count` in the page's locale. */
const statusReads = (canvas: HTMLElement, liked: boolean, count: number) =>
  waitFor(() => expect(spoken(status(canvas))).toBe(expectedTexts(canvas.querySelector('like-button')!).likeStatus(liked, count)));
const failureReads = (canvas: HTMLElement) =>
  waitFor(() => expect(spoken(status(canvas))).toBe(expectedTexts(canvas.querySelector('like-button')!).messages.likeFailed));

const widget = widgetStory('like-button');
// The page keeps one like session per endpoint, and it outlives a story for a few seconds (a
// request in flight, a failure notice). A story shown anew (another story, locale or theme)
// must not find the last one's session: each showing gets its own endpoint URL (the fake
// network ignores the query). A control change is the same showing: the click stays
// (stories/support/story-visit.ts).
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/like-button',
  component: 'like-button',
  args: widget.args,
  argTypes: widget.argTypes,
  render: (args, { canvasElement }) =>
    widget.render(args.endpoint ? { ...args, endpoint: `${String(args.endpoint)}?shown=${visitOf(canvasElement)}` } : args),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

const zero = endpoint('zero', { kind: 'like', count: 0 });
/** No likes yet: "Be first to like this." Click it (the play function does): "You like this." */
export const Zero: Story = {
  args: { count: 0, endpoint: zero.endpoint },
  parameters: zero.parameters,
  async play({ canvasElement, step }) {
    await ready(canvasElement);
    await statusReads(canvasElement, false, 0);
    await step('a click likes the article at once, and the server confirms', async () => {
      await userEvent.click(button(canvasElement));
      await statusReads(canvasElement, true, 1);
      await expect(button(canvasElement).getAttribute('aria-pressed')).toBe('true');
    });
  },
};

const one = endpoint('one', { kind: 'like', count: 1 });
/** "1 person likes this." */
export const One: Story = { args: { count: 1, endpoint: one.endpoint }, parameters: one.parameters };

const many = endpoint('many', { kind: 'like', count: 1234 });
/** "1,234 people like this." — the number formatted for the locale (try French or Arabic). */
export const Many: Story = { args: { count: 1234, endpoint: many.endpoint }, parameters: many.parameters };

const liked = endpoint('liked', { kind: 'like', count: 2 });
/** The visitor already likes it: "You and 2 others like this." */
export const Liked: Story = { args: { count: 3, liked: true, endpoint: liked.endpoint }, parameters: liked.parameters };

const pending = endpoint('pending', { kind: 'never' });
/**
 * A like on its way: shown at once (optimistic) while the server has not answered.
 * On the Docs page it shows the state before the click: the click is its play function's,
 * which runs only in the story's own view.
 */
export const Pending: Story = {
  args: { count: 5, endpoint: pending.endpoint },
  parameters: pending.parameters,
  async play({ canvasElement }) {
    await ready(canvasElement);
    await userEvent.click(button(canvasElement));
    await statusReads(canvasElement, true, 6);
    await expect(button(canvasElement).getAttribute('aria-pressed')).toBe('true');
  },
};

const failure = endpoint('failure', { kind: 'json', status: 500, body: { error: 'Internal Server Error' } });
/**
 * The server refuses the like: the button rolls back and the status line says so for a moment
 * (here for a day, so `--sw-danger` can be tried on it).
 * On the Docs page it shows the state before the click: the click is its play function's,
 * which runs only in the story's own view.
 */
export const Failure: Story = {
  args: { count: 3, endpoint: failure.endpoint },
  // Applied by the preview's beforeEach, the defaults put back for the other stories.
  parameters: { ...failure.parameters, likeSettings: { noticeMs: LONG_TIMEOUT } },
  async play({ canvasElement }) {
    await ready(canvasElement);
    await userEvent.click(button(canvasElement));
    await failureReads(canvasElement);
    await expect(button(canvasElement).getAttribute('aria-pressed')).toBe('false');
  },
};

const busy = endpoint('busy', { kind: 'json', status: 429, headers: { 'Retry-After': '30' }, body: { error: 'Too many likes; try again later.' } });
// The button keeps the click and sends it once the 30 s are over, by then usually in another
// story (the smoke test switches stories in place): that late request is answered here, for
// good, so it never reaches the real network in a story that has nothing to do with it.
answerLate({ method: 'POST', url: busy.endpoint, answer: { kind: 'like', count: 3 } });
/**
 * The server is busy (`429` with `Retry-After` up to a minute): the click is kept, and the
 * status line says it will be sent.
 * On the Docs page it shows the state before the click: the click is its play function's,
 * which runs only in the story's own view.
 */
export const Busy: Story = {
  args: { count: 3, endpoint: busy.endpoint },
  parameters: busy.parameters,
  async play({ canvasElement }) {
    await ready(canvasElement);
    await userEvent.click(button(canvasElement));
    const { messages } = expectedTexts(canvasElement.querySelector('like-button')!);
    await waitFor(() => expect(spoken(status(canvasElement))).toBe(messages.likeRetrying));
    await expect(button(canvasElement).getAttribute('aria-pressed')).toBe('true');
  },
};

const malformed = endpoint('malformed', { kind: 'html', status: 200 });
/** The like endpoint answers an HTML page: the same rollback. */
export const FailureHtmlAnswer: Story = {
  args: { count: 0, endpoint: malformed.endpoint },
  parameters: malformed.parameters,
  async play({ canvasElement }) {
    await ready(canvasElement);
    await userEvent.click(button(canvasElement));
    await failureReads(canvasElement);
  },
};

/** No endpoint: the button is disabled, the count is still shown. */
export const Disabled: Story = { args: { count: 7 } };

const dark = endpoint('dark', { kind: 'like', count: 12 });
/** On a dark page: the widget inherits the text colour; `--sw-accent` is set by the page. */
export const DarkTheme: Story = {
  args: { count: 12, liked: true, endpoint: dark.endpoint },
  parameters: dark.parameters,
  globals: { theme: 'dark', backgrounds: { value: 'dark' } },
};

/** The source article's document (`likes` of the JSON). */
export const FromDocument: Story = { args: { src: fixtures.seed } };

/** The French article (3 likes) in a French page. */
export const French: Story = { args: { src: fixtures.fr }, globals: { locale: 'fr' } };

/** The Arabic article (21 likes) in an Arabic page: Arabic digits and plural forms, right to left. */
export const Arabic: Story = { args: { src: fixtures.ar }, globals: { locale: 'ar' } };

const loading = never('like-button-loading');
/** The document never arrives: a disabled button and a placeholder line. */
export const Loading: Story = { args: { src: loading.src, timeout: LONG_TIMEOUT }, parameters: loading.parameters };

const slowly = slow('like-button-slow', fixtures.seed);
/** The document arrives after 1.5 s. */
export const Slow: Story = { args: { src: slowly.src }, parameters: slowly.parameters };

const failing = serverError('like-button-500');
/** The document cannot be loaded (500). */
export const Error500: Story = { args: { src: failing.src }, parameters: failing.parameters };

const noLikes = doc('like-button-no-likes', article({ likes: undefined }));
/** A document without `likes` (and no attributes): nothing to like. */
export const ErrorNoLikes: Story = { args: { src: noLikes.src }, parameters: { ...noLikes.parameters, expectState: 'error' } };
