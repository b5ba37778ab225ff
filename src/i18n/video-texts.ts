/**
 * The texts only `<video-embed>` shows, in every built-in locale: they travel in its code (the
 * ES CDN file's video chunk), not in every page's catalogue. Its module adds them with `addTexts`.
 */
import type { VideoMessages } from './messages.js';

export const videoTexts: Record<string, VideoMessages> = {
  en: {
    videoPlay: 'Play video: {title}',
    videoNotice: 'Plays from {provider}, which may set cookies.',
  },
  fr: {
    videoPlay: 'Lire la vidéo\u00a0: {title}',
    videoNotice: 'Lecture depuis {provider}, qui peut déposer des cookies.',
  },
  de: {
    videoPlay: 'Video abspielen: {title}',
    videoNotice: 'Wird von {provider} abgespielt, das Cookies setzen kann.',
  },
  es: {
    videoPlay: 'Reproducir vídeo: {title}',
    videoNotice: 'Se reproduce desde {provider}, que puede instalar cookies.',
  },
  pt: {
    videoPlay: 'Reproduzir vídeo: {title}',
    // "do YouTube", "do Vimeo": Portuguese names a service with its article.
    videoNotice: 'Reproduzido a partir do {provider}, que pode definir cookies.',
  },
  ru: {
    videoPlay: 'Смотреть видео: {title}',
    videoNotice: 'Воспроизводится с {provider}, который может сохранять файлы cookie.',
  },
  ar: {
    videoPlay: 'تشغيل الفيديو: {title}',
    videoNotice: 'يُعرض من {provider}، وقد يضع ملفات تعريف الارتباط.',
  },
};
