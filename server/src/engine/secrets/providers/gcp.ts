// Google Cloud / Firebase: API keys (AIza + 35), OAuth client secrets (GOCSPX- + 28), service-
// account key files pasted base64-encoded into CI variables (the JSON form is caught by its
// private_key, see private-key.ts), and legacy Firebase Cloud Messaging server keys.
import type { Detector } from '../detector';
import { START_DASH, END, decodeBase64, randomBody } from './shape';

export const gcpDetectors: readonly Detector[] = [
  {
    id: 'secret/gcp-api-key',
    description: 'Google API key',
    keywords: ['aiza'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>AIza[0-9A-Za-z_-]{35})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: 'Delete or regenerate it in Google Cloud console → APIs & Services → Credentials, and restrict the new key to the APIs and callers that need it.',
  },
  {
    id: 'secret/gcp-oauth-client-secret',
    description: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>GOCSPX-[A-Za-z0-9_-]{28})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(7)),
    rotate: 'Reset the secret in Google Cloud console → APIs & Services → Credentials → the OAuth client.',
  },
  {
    // base64 of `{"type": "service_account", …` as `gcloud` writes it (two-space indent) or minified.
    id: 'secret/gcp-service-account-key',
    description: 'Google Cloud service-account key (base64-encoded JSON)',
    keywords: ['ewogicj0exblijoginnlcnzpy2vfywnjb3vu', 'eyj0exblijoic2vydmljzv9hy2nvdw50', 'eyaginr5cguioiaic2vydmljzv9hy2nvdw50'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>(?:ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3Vu|eyJ0eXBlIjoic2VydmljZV9hY2NvdW50|eyAgInR5cGUiOiAic2VydmljZV9hY2NvdW50)[A-Za-z0-9+/]{200,12000}={0,2})/g,
    validate: (s) => /"private_key"\s*:\s*"-----BEGIN/.test(decodeBase64(s.slice(0, s.length - (s.replace(/=+$/, '').length % 4))) ?? ''),
    rotate: 'Delete the key in Google Cloud console → IAM & Admin → Service accounts → Keys; prefer workload identity federation over key files in CI.',
  },
  {
    id: 'secret/firebase-fcm-server-key',
    description: 'Firebase Cloud Messaging legacy server key',
    keywords: [':apa91b'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,140})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(18)),
    rotate: 'Legacy server keys are retired: remove it, and move to the FCM HTTP v1 API with a service account in the Firebase console → Project settings → Cloud Messaging.',
  },
];
