import type { Messages } from './messages.js';

export const pt: Messages = {
  likeButton: 'Curtir',
  likeZero: 'Seja o primeiro a curtir isto.',
  likeCount: { one: '{n} pessoa curtiu isto.', other: '{n} pessoas curtiram isto.' },
  likeYou: 'Você curtiu isto.',
  likeYouAndOthers: { one: 'Você e mais {k} pessoa curtiram isto.', other: 'Você e mais {k} pessoas curtiram isto.' },
  likeFailed: 'Não foi possível salvar sua curtida. Tente novamente.',
  likeRetrying: 'Servidor ocupado: sua curtida será enviada em instantes.',
  translationsLabel: 'Este post também está disponível em:',
  relatedHeading: 'Artigos relacionados',
  imageCredit: 'Imagem em destaque: {credit}',
  byAuthor: 'Por {name}',
  videoPlay: 'Reproduzir vídeo: {title}',
  videoNotice: 'Reproduzido a partir de {provider}, que pode definir cookies.',
  loading: 'Carregando…',
};
