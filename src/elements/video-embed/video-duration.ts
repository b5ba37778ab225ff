/** A video's length for eyes ("4:13") and for ears ("4 minutes 13 seconds"), in a locale. */
interface VideoDuration {
  readonly text: string;
  readonly spoken: string;
}

const UNITS = ['hour', 'minute', 'second'] as const;

/**
 * Formats whole seconds: the clock form with the locale's digits, and the words of the
 * locale (`Intl.NumberFormat` unit style `long`, joined as a unit list: "1 hour 2 minutes
 * 3 seconds", "4 minutes 13 secondes"), leaving out the units that are zero.
 * (`Intl.DurationFormat` does both, but not in the Chrome 109 / Safari 16.4 the widgets run on.)
 */
export function formatDuration(seconds: number, locale: string): VideoDuration {
  const parts = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const digits = (n: number, pad: number) => new Intl.NumberFormat(locale, { minimumIntegerDigits: pad, useGrouping: false }).format(n);
  // 4:13 · 1:02:03: the leading unit unpadded, hours only when there are some.
  const clock = parts[0] ? parts : parts.slice(1);
  const words = parts.flatMap((n, i) =>
    n || (i === 2 && !seconds) ? [new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[i], unitDisplay: 'long' }).format(n)] : [],
  );
  return {
    text: clock.map((n, i) => digits(n, i ? 2 : 1)).join(':'),
    spoken: new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(words),
  };
}
