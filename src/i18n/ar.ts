import type { CoreMessages } from './messages.js';

// Arabic has six plural categories; zero never occurs (count 0 has its own sentence).
export const ar: CoreMessages = {
  likeButton: 'إعجاب',
  likeZero: 'كن أول من يُعجب بهذا.',
  likeCount: {
    one: 'أُعجب بهذا شخص واحد.',
    two: 'أُعجب بهذا شخصان.',
    few: 'أُعجب بهذا {n} أشخاص.',
    many: 'أُعجب بهذا {n} شخصًا.',
    other: 'أُعجب بهذا {n} شخص.',
  },
  // "It pleased you": unvowelled, أعجبت بهذا reads first as "I liked this".
  likeYou: 'أعجبك هذا.',
  likeYouAndOthers: {
    one: 'أُعجبت بهذا أنت وشخص آخر.',
    two: 'أُعجبت بهذا أنت وشخصان آخران.',
    few: 'أُعجبت بهذا أنت و{k} أشخاص آخرين.',
    many: 'أُعجبت بهذا أنت و{k} شخصًا آخر.',
    other: 'أُعجبت بهذا أنت و{k} شخص آخر.',
  },
  likeFailed: 'تعذّر حفظ إعجابك. حاول مرة أخرى.',
  likeRetrying: 'الخادم مشغول: سيُرسَل إعجابك بعد قليل.',
  translationsLabel: 'هذه المقالة متوفرة أيضًا باللغة:',
  relatedHeading: 'مقالات ذات صلة',
  imageCredit: 'الصورة: {credit}',
  byAuthor: 'بقلم {name}',
  loading: 'جارٍ التحميل…',
};
