import type { CoreMessages } from './messages.js';

export const es: CoreMessages = {
  likeButton: 'Me gusta',
  likeZero: 'Sé el primero en indicar que te gusta.',
  // `many`: a count of millions ("1,2 M") takes "de", as a noun of quantity does.
  likeCount: { one: 'A {n} persona le gusta esto.', many: 'A {n} de personas les gusta esto.', other: 'A {n} personas les gusta esto.' },
  likeYou: 'Te gusta esto.',
  likeYouAndOthers: { one: 'A ti y a {k} persona más les gusta esto.', many: 'A ti y a {k} de personas más les gusta esto.', other: 'A ti y a {k} personas más les gusta esto.' },
  likeFailed: 'No se pudo guardar tu «me gusta». Inténtalo de nuevo.',
  likeRetrying: 'Servidor ocupado: tu «me gusta» se enviará en un momento.',
  translationsLabel: 'Esta entrada también está disponible en:',
  relatedHeading: 'Artículos relacionados',
  imageCredit: 'Imagen destacada: {credit}',
  byAuthor: 'Por {name}',
  loading: 'Cargando…',
};
