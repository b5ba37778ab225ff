import type { CoreMessages } from './messages.js';

export const pt: CoreMessages = {
  likeButton: 'Curtir',
  likeZero: 'Seja o primeiro a curtir isto.',
  // `many`: a count of millions ("1,2 mi") takes "de", as a noun of quantity does.
  likeCount: { one: '{n} pessoa curtiu isto.', many: '{n} de pessoas curtiram isto.', other: '{n} pessoas curtiram isto.' },
  likeYou: 'Você curtiu isto.',
  likeYouAndOthers: { one: 'Você e mais {k} pessoa curtiram isto.', many: 'Você e mais {k} de pessoas curtiram isto.', other: 'Você e mais {k} pessoas curtiram isto.' },
  likeFailed: 'Não foi possível salvar sua curtida. Tente novamente.',
  likeRetrying: 'Servidor ocupado: sua curtida será enviada em instantes.',
  translationsLabel: 'Este post também está disponível em:',
  relatedHeading: 'Artigos relacionados',
  imageCredit: 'Imagem em destaque: {credit}',
  byAuthor: 'Por {name}',
  loading: 'Carregando…',
};
