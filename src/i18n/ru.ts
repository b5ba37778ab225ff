import type { CoreMessages } from './messages.js';

// Russian counts agree with the number: 1, 21 → "человеку"; 2–4, 5–20 → "людям".
export const ru: CoreMessages = {
  likeButton: 'Нравится',
  likeZero: 'Станьте первым, кому это понравится.',
  likeCount: {
    one: 'Это нравится {n} человеку.',
    few: 'Это нравится {n} людям.',
    many: 'Это нравится {n} людям.',
    other: 'Это нравится {n} человека.',
  },
  likeYou: 'Вам это нравится.',
  likeYouAndOthers: {
    one: 'Это нравится вам и ещё {k} человеку.',
    few: 'Это нравится вам и ещё {k} людям.',
    many: 'Это нравится вам и ещё {k} людям.',
    other: 'Это нравится вам и ещё {k} человека.',
  },
  likeFailed: 'Не удалось сохранить отметку «Нравится». Попробуйте ещё раз.',
  likeRetrying: 'Сервер занят: ваша отметка «Нравится» будет отправлена чуть позже.',
  translationsLabel: 'Эта статья также доступна на языках:',
  relatedHeading: 'Похожие статьи',
  imageCredit: 'Фото: {credit}',
  byAuthor: 'Автор: {name}',
  loading: 'Загрузка…',
};
