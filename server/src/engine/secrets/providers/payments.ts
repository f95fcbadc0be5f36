// Payments: Stripe (sk_live_/rk_live_ secret and restricted keys, sk_test_/rk_test_ test-mode keys
// as warnings, whsec_ webhook signing secrets), Square (EAAA access tokens, sq0atp- legacy access
// tokens, sq0csp- OAuth application secrets) and Braintree/PayPal access tokens.
import type { Detector } from '../detector';
import { START, START_DASH, END, randomBody } from './shape';

const STRIPE = 'Roll the key in the Stripe Dashboard → Developers → API keys.';
const SQUARE = 'Revoke it in the Square Developer Dashboard → the application → Credentials (or OAuth → Revoke).';

export const paymentDetectors: readonly Detector[] = [
  {
    id: 'secret/stripe-secret-key',
    description: 'Stripe live secret key',
    keywords: ['sk_live_'],
    pattern: new RegExp(String.raw`${START}(?<secret>sk_live_[A-Za-z0-9]{20,247})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(8)),
    rotate: STRIPE,
  },
  {
    id: 'secret/stripe-restricted-key',
    description: 'Stripe live restricted key',
    keywords: ['rk_live_'],
    pattern: new RegExp(String.raw`${START}(?<secret>rk_live_[A-Za-z0-9]{20,247})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(8)),
    rotate: STRIPE,
  },
  {
    id: 'secret/stripe-test-key',
    description: 'Stripe test-mode secret key',
    keywords: ['sk_test_', 'rk_test_'],
    pattern: new RegExp(String.raw`${START}(?<secret>[sr]k_test_[A-Za-z0-9]{20,247})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(8)),
    severity: 'warning',
    rotate: 'Test keys reach no real money but do reach your test data and settings: roll it in the Stripe Dashboard (test mode) → Developers → API keys.',
  },
  {
    id: 'secret/stripe-webhook-secret',
    description: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: new RegExp(String.raw`${START}(?<secret>whsec_[A-Za-z0-9+/]{32,64})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(6)),
    rotate: 'Roll the signing secret in the Stripe Dashboard → Developers → Webhooks → the endpoint.',
  },
  {
    id: 'secret/square-access-token',
    description: 'Square access token',
    keywords: ['eaaa'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>EAAA[A-Za-z0-9_-]{60})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(4)),
    rotate: SQUARE,
  },
  {
    id: 'secret/square-access-token',
    description: 'Square access token (legacy format)',
    keywords: ['sq0atp-'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>sq0atp-[A-Za-z0-9_-]{22})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(7)),
    rotate: SQUARE,
  },
  {
    id: 'secret/square-oauth-secret',
    description: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>sq0csp-[A-Za-z0-9_-]{43})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(7)),
    rotate: 'Replace the application secret in the Square Developer Dashboard → the application → OAuth.',
  },
  {
    id: 'secret/braintree-access-token',
    description: 'Braintree / PayPal access token',
    keywords: ['access_token$'],
    pattern: new RegExp(String.raw`${START}(?<secret>access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(-32)),
    rotate: 'Revoke it in the Braintree Control Panel → Settings → API (or the PayPal developer dashboard for the app).',
  },
];
