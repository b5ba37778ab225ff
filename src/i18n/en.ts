import type { CoreMessages } from './messages.js';

export const en: CoreMessages = {
  likeButton: 'Like',
  likeZero: 'Be first to like this.',
  likeCount: { one: '{n} person likes this.', other: '{n} people like this.' },
  likeYou: 'You like this.',
  likeYouAndOthers: { one: 'You and {k} other like this.', other: 'You and {k} others like this.' },
  likeFailed: 'Couldn’t save your like. Try again.',
  likeRetrying: 'Busy right now: your like will be sent in a moment.',
  translationsLabel: 'This post is also available in:',
  relatedHeading: 'Related Stories',
  imageCredit: 'Featured image by {credit}',
  byAuthor: 'By {name}',
  loading: 'Loading…',
};
