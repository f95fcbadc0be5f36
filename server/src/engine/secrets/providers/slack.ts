// Slack: tokens are `xox<type>-` (b bot, p user, a/r/s legacy workspace and refresh, e rotating
// refresh and configuration tokens) or `xapp-` (app-level), with numeric team/user parts and a
// random tail; incoming webhooks are https://hooks.slack.com/services/T…/B…/<secret>.
import type { Detector } from '../detector';
import { START_DASH, END, randomBody } from './shape';

const APPS = 'Revoke it at api.slack.com/apps → your app → OAuth & Permissions (or Basic Information for app-level tokens) and reinstall.';
const tail = (s: string): string => s.slice(s.lastIndexOf('-') + 1);

const token = (description: string, source: string, keywords: string[]): Detector => ({
  id: 'secret/slack-token',
  description,
  keywords,
  pattern: new RegExp(String.raw`${START_DASH}(?<secret>${source})${END}`, 'g'),
  validate: (s) => randomBody(tail(s)),
  rotate: APPS,
});

export const slackDetectors: readonly Detector[] = [
  token('Slack bot token', String.raw`xoxb-(?:[0-9]{6,15}-){1,2}[A-Za-z0-9]{18,40}`, ['xoxb-']),
  token('Slack user token', String.raw`xoxp-(?:[0-9]{6,15}-){2,3}[A-Za-z0-9]{24,40}`, ['xoxp-']),
  token('Slack legacy workspace or refresh token', String.raw`xox[arso]-(?:[0-9]{1,15}-){1,4}[A-Za-z0-9]{24,100}`, ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-']),
  // Legacy workspace and refresh tokens may carry no numeric segment: `xoxr-` + the random part.
  token('Slack legacy workspace or refresh token', String.raw`xox[ar]-(?:[0-9]-)?[A-Za-z0-9]{8,48}`, ['xoxa-', 'xoxr-']),
  token('Slack configuration or rotating refresh token', String.raw`xoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9]{100,260}`, ['xoxe']),
  token('Slack app-level token', String.raw`xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[a-f0-9]{32,80}`, ['xapp-']),
  {
    id: 'secret/slack-webhook',
    description: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<secret>https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[A-Z0-9]{6,14}/(?:[0-9]{6,20}/)?[A-Za-z0-9]{20,40})${END}`,
      'g',
    ),
    validate: (s) => randomBody(s.slice(s.lastIndexOf('/') + 1)) && !/\/T0{6,}\//.test(s),
    rotate: 'Remove or regenerate the webhook at api.slack.com/apps → your app → Incoming Webhooks.',
  },
];
