// AWS: access key ids carry a documented 4-letter prefix and 16 base32 characters; secret access
// keys (40 base64 characters) and session tokens have no prefix of their own, so they are only
// recognised next to a key name (session tokens also by the fixed start of their encoding).
import type { Detector } from '../detector';
import { START, END, END_B64, afterKey, randomValue, UUID } from './shape';

const IAM = 'Deactivate and delete the key in AWS IAM → Users → Security credentials, then create a new one.';

export const awsDetectors: readonly Detector[] = [
  {
    id: 'secret/aws-access-key-id',
    description: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: new RegExp(String.raw`${START}(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})${END}`, 'g'),
    validate: (s) => !/(.)\1{5,}/.test(s.slice(4)),
    rotate: IAM,
  },
  {
    id: 'secret/aws-secret-access-key',
    description: 'AWS secret access key',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'secret.access.key', 'aws_secret', 'awssecret', 'aws-secret', 'aws.secret'],
    pattern: afterKey(
      String.raw`(?:aws[_.-]?)?secret[_.-]?access[_.-]?key|aws[_.-]?secret(?:[_.-]?key)?`,
      '[A-Za-z0-9/+]{40}',
      END_B64,
    ),
    validate: (s) => randomValue(s, 4),
    rotate: IAM,
  },
  {
    id: 'secret/aws-session-token',
    description: 'AWS session token',
    keywords: ['session_token', 'sessiontoken', 'session-token', 'security_token', 'securitytoken'],
    pattern: afterKey(
      String.raw`(?:aws[_.-]?)?(?:session|security)[_.-]?token`,
      '[A-Za-z0-9/+]{100,1500}={0,2}',
      END_B64,
    ),
    validate: (s) => randomValue(s, 4.5),
    severity: 'warning',
    rotate: 'Session tokens expire on their own; revoke the role session (IAM → Roles → Revoke active sessions) if it may still be valid.',
  },
  {
    // The token is a base64-encoded binary blob whose first bytes are fixed, so its start is
    // recognisable even without a key name.
    id: 'secret/aws-session-token',
    description: 'AWS session token',
    keywords: ['iqojb3jpz2lu', 'fwogzxivyxdz', 'fqogzxivyxdz'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9+/])(?<secret>(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+]{100,1500}={0,2})${END_B64}`, 'g'),
    severity: 'warning',
    rotate: 'Session tokens expire on their own; revoke the role session (IAM → Roles → Revoke active sessions) if it may still be valid.',
  },
  {
    id: 'secret/aws-mws-auth-token',
    description: 'Amazon Marketplace Web Service auth token',
    keywords: ['amzn.mws.'],
    pattern: new RegExp(String.raw`${START}(?<secret>amzn\.mws\.${UUID})${END}`, 'g'),
    rotate: 'Revoke the developer authorization in Amazon Seller Central → Apps and Services → Manage Your Apps.',
  },
];
