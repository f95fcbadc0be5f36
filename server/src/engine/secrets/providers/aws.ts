// AWS: access key ids have a documented 4-letter prefix and 16 base32 characters; secret access
// keys are 40 base64 characters with no prefix, so they are only recognised next to a key name.
import type { Detector } from '../detector';

export const awsDetectors: readonly Detector[] = [
  {
    id: 'secret/aws-access-key-id',
    description: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    rotate: 'Deactivate it in AWS IAM → Users → Security credentials and create a new one.',
  },
  {
    id: 'secret/aws-secret-access-key',
    description: 'AWS secret access key',
    keywords: ['aws', 'secret_access_key', 'secretaccesskey'],
    pattern:
      /(?:aws)?_?(?:secret)_?(?:access)?_?key(?:_?id)?["']?\s*(?::|=>|=|\s)\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    rotate: 'Deactivate the key pair in AWS IAM and create a new one.',
  },
];
