// IP addresses: IPv4 with valid octets (so "999.1.1.1" is not one), and IPv6 as checked by
// node:net. Times ("12:30:45") are not IPv6 addresses for node:net either.
import { isIPv6 } from 'node:net';
import type { Candidate } from './spans';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_RE = new RegExp(`(?<![\\d.])(?:${OCTET}\\.){3}${OCTET}(?!\\d|\\.\\d)`, 'g');
// Groups of up to four hex digits joined by ':' (at least two of them), maybe an IPv4 tail.
const IPV6_RE = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,8}(?:\.\d{1,3}){0,3}(?![0-9A-Za-z])/g;

const IPV6_HINT = /[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:|::/;

export function detectIps(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(IPV4_RE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'ip' });
  if (!IPV6_HINT.test(text)) return;
  for (const m of text.matchAll(IPV6_RE)) {
    // A colon after the address ("IP 2001:db8::1: …") is punctuation, not part of it.
    let ip = m[0];
    if (!isIPv6(ip) && ip.endsWith(':') && !ip.endsWith('::')) ip = ip.slice(0, -1);
    if (isIPv6(ip)) out.push({ start: m.index, end: m.index + ip.length, kind: 'ip' });
  }
}
