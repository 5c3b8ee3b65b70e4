/** The networks of the share bar, in the order they are shown. */
export type ShareNetwork = 'x' | 'linkedin' | 'facebook' | 'email';

/** A share link: its network, the network's proper name ("LinkedIn", not translated) and its address. */
export type ShareLink = [network: ShareNetwork, name: string, href: string];

/**
 * Share links for a post. Every parameter is percent-encoded with `encodeURIComponent` (spaces as
 * `%20`, which `mailto:` requires, rather than the `+` of form encoding).
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const link = encodeURIComponent(url);
  const subject = encodeURIComponent(title);
  return [
    ['x', 'X', `https://twitter.com/intent/tweet?url=${link}&text=${subject}`],
    ['linkedin', 'LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${link}`],
    ['facebook', 'Facebook', `https://www.facebook.com/sharer/sharer.php?u=${link}`],
    ['email', 'Email', `mailto:?subject=${subject}&body=${encodeURIComponent(`${title}\n\n${url}`)}`],
  ];
}
