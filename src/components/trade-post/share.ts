/** The networks of the share bar, in the order they are shown. */
export type ShareNetwork = 'x' | 'linkedin' | 'facebook' | 'email';

/** One share link: where it goes and whether it opens in a new tab. */
export interface ShareTarget {
  network: ShareNetwork;
  /** The network's proper name ("LinkedIn"); not translated. */
  name: string;
  href: string;
  /** Web intents open in a new tab; `mailto:` hands over to the mail app instead. */
  newTab: boolean;
}

const enc = encodeURIComponent;

/**
 * Share links for a post. Every parameter is percent-encoded with `encodeURIComponent` (spaces as
 * `%20`, which `mailto:` requires, rather than the `+` of form encoding).
 */
export function shareTargets(url: string, title: string): ShareTarget[] {
  return [
    {
      network: 'x',
      name: 'X',
      href: `https://twitter.com/intent/tweet?url=${enc(url)}&text=${enc(title)}`,
      newTab: true,
    },
    {
      network: 'linkedin',
      name: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
      newTab: true,
    },
    {
      network: 'facebook',
      name: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
      newTab: true,
    },
    {
      network: 'email',
      name: 'Email',
      href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}`,
      newTab: false,
    },
  ];
}
