import type { CoreMessages } from './messages.js';

export const de: CoreMessages = {
  likeButton: 'Gefällt mir',
  likeZero: 'Sei der Erste, dem das gefällt.',
  likeCount: { one: '{n} Person gefällt das.', other: '{n} Personen gefällt das.' },
  likeYou: 'Dir gefällt das.',
  likeYouAndOthers: { one: 'Dir und {k} weiteren Person gefällt das.', other: 'Dir und {k} weiteren Personen gefällt das.' },
  likeFailed: 'Dein „Gefällt mir“ wurde nicht gespeichert. Versuch es noch einmal.',
  likeRetrying: 'Gerade viel los: Dein „Gefällt mir“ wird gleich gesendet.',
  translationsLabel: 'Dieser Beitrag ist auch verfügbar auf:',
  relatedHeading: 'Ähnliche Artikel',
  imageCredit: 'Beitragsbild: {credit}',
  byAuthor: 'Von {name}',
  loading: 'Wird geladen …',
};
