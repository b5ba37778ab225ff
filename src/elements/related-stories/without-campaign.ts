/**
 * A page URL without the campaign parameters a newsletter, a share or a feed service adds
 * (`utm_*`, `fbclid`, `gclid`): the reader who arrives by one is on the same article, and a
 * feed's link to it is the same story. Anything that is not such a URL is returned as it is.
 */
export function withoutCampaign(href: string): string {
  try {
    const url = new URL(href);
    for (const key of [...url.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/.test(key)) url.searchParams.delete(key);
    return url.href;
  } catch {
    return href;
  }
}
