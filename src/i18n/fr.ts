import type { CoreMessages } from './messages.js';

// French typography: a no-break space (U+00A0) before the colon.
export const fr: CoreMessages = {
  likeButton: 'J’aime',
  likeZero: 'Soyez le premier à aimer ceci.',
  // The contract's texts (§4): no `many` form, so "1,2 M personnes", where a French reader writes
  // "1,2 M de personnes" (a site may add it with setMessages: README, Counts).
  likeCount: { one: '{n} personne aime ceci.', other: '{n} personnes aiment ceci.' },
  likeYou: 'Vous aimez ceci.',
  likeYouAndOthers: { one: 'Vous et {k} autre personne aimez ceci.', other: 'Vous et {k} autres personnes aimez ceci.' },
  likeFailed: 'Impossible d’enregistrer votre « j’aime ». Réessayez.',
  // Not in the contract, so in French typography (likeFailed keeps the contract's bytes).
  likeRetrying: 'Serveur occupé\u00a0: votre «\u00a0j’aime\u00a0» sera envoyé dans un instant.',
  translationsLabel: 'Cet article est aussi disponible en\u00a0:',
  relatedHeading: 'Articles similaires',
  imageCredit: 'Image : {credit}',
  byAuthor: 'Par {name}',
  loading: 'Chargement…',
};
