import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/article-card/define.js';
import '../src/elements/language-switcher/define.js';
import '../src/elements/related-stories/define.js';

/**
 * Documents site owners already have, read as they are (contract §2a): each story points a
 * widget at one format. The files are under `stories/public/fixtures/sources/`.
 */
const meta: Meta = {
  title: 'Formats/Documents sites have',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const source = (name: string): string => `fixtures/sources/${name}`;

/** One post of the WordPress REST API with `_embed` (`/wp-json/wp/v2/posts/<id>?_embed`): title, excerpt, date, author, featured image. */
export const WordPressPost: Story = {
  render: () => html`<article-card style="max-inline-size: 24rem" src=${source('wp-post.json')}></article-card>`,
};

/** A WordPress collection (`/wp-json/wp/v2/posts?_embed`): a list of stories. Entities such as `&#8216;` are decoded. */
export const WordPressCollection: Story = {
  render: () => html`<related-stories loading="eager" src=${source('wp-posts.json')}></related-stories>`,
};

/**
 * WordPress.com's own v1.1 API, a list of posts (`public-api.wordpress.com/rest/v1.1/sites/<site>/posts/?number=4`:
 * `{ found, posts }`): a list of stories; each post's `post_thumbnail` is its image, with the alt text of its `attachments` entry.
 */
export const WordPressComPosts: Story = {
  render: () => html`<related-stories loading="eager" src=${source('wpcom-posts.json')}></related-stories>`,
};

/** A schema.org `NewsArticle` as an inline `<script type="application/ld+json">` child: no request at all. */
export const JsonLdInline: Story = {
  render: () => html`<article-card style="max-inline-size: 24rem"
    ><script type="application/ld+json">
      {
        "@context": "https://schema.org",
        "@graph": [
          {
            "@type": "NewsArticle",
            "headline": "Chechnya’s Anti-LGBTQ Purge Has Restarted, Says Russian LGBTQ Network",
            "description": "The Russian LGBT Network says it has credible evidence that arrests are happening again.",
            "datePublished": "2017-07-10T09:00:00Z",
            "mainEntityOfPage": { "@id": "https://news.example/2017/07/chechnya-purge-restarted/" },
            "author": { "@id": "#staff" },
            "image": { "@type": "ImageObject", "url": "img/chechnya-purge.svg", "width": 1200, "height": 630, "creditText": "strixcode via iStock" }
          },
          { "@type": "Person", "@id": "#staff", "name": "Staff writer" }
        ]
      }
    </script></article-card
  >`,
};

/**
 * `<language-switcher>` reading a page's JSON-LD: the article's `workTranslation` (and `translationOfWork`,
 * the original it translates) are its translations, each with an `inLanguage` and a `url`.
 */
export const JsonLdTranslations: Story = {
  render: () => html`<language-switcher lang="en"
    ><script type="application/ld+json">
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Chechnya’s Anti-LGBTQ Purge Has Restarted",
        "inLanguage": "en",
        "workTranslation": [
          { "@type": "NewsArticle", "inLanguage": "fr", "url": "https://news.example/fr/2017/07/purge/", "headline": "La purge a repris" },
          { "@type": "NewsArticle", "inLanguage": "ar", "url": "https://news.example/ar/2017/07/purge/" }
        ]
      }
    </script></language-switcher
  >`,
};

/** An RSS 2.0 feed: items with `media:thumbnail`, an image `enclosure` and `media:content`. */
export const Rss: Story = {
  render: () => html`<related-stories loading="eager" src=${source('feed.xml')}></related-stories>`,
};

/** An Atom 1.0 feed: entries with `<link rel="alternate">`, an HTML title, an image enclosure link. */
export const Atom: Story = {
  render: () => html`<related-stories loading="eager" layout="grid" src=${source('feed.atom')}></related-stories>`,
};

/** A JSON Feed whose items have no `title` (a micro-blog): titles come from their text, cut near 100 characters. */
export const JsonFeedWithoutTitles: Story = {
  render: () => html`<related-stories
    loading="eager"
    .data=${{
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { url: 'https://micro.example/1', content_text: 'Coffee on the ridge, fog lifting over the valley.' },
        {
          url: 'https://micro.example/2',
          content_html: '<p>Finished the long read on the <strong>1992 benefit concert</strong> and I keep thinking about how the band used a stage nobody expected them to use.</p>',
        },
      ],
    }}
  ></related-stories>`,
};

/** `<language-switcher>` with no source: the page's own `<link rel="alternate" hreflang>` tags (added to this page's head for the story). */
export const HreflangLinks: Story = {
  beforeEach: () => {
    const links = [
      ['fr', 'https://news.example/fr/2017/07/purge/'],
      ['de', 'https://news.example/de/2017/07/saeuberung/'],
      ['x-default', 'https://news.example/2017/07/purge/'],
    ].map(([hreflang, href]) => Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href }));
    document.head.append(...links);
    return () => links.forEach((link) => link.remove());
  },
  render: () => html`<language-switcher lang="en"></language-switcher>`,
};
