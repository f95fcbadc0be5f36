// AI model providers: OpenAI (sk-proj-/sk-svcacct-/sk-admin-, legacy sk-…T3BlbkFJ… where
// T3BlbkFJ is base64 of "OpenAI"), Anthropic (sk-ant-api03-/sk-ant-admin01-, ending AA), Hugging
// Face (hf_, api_org_), Groq (gsk_), Replicate (r8_), Perplexity (pplx-), xAI (xai-), LangSmith
// (lsv2_pt_/lsv2_sk_).
import type { Detector } from '../detector';
import { START, START_DASH, END, randomBody } from './shape';

const simple = (id: string, description: string, prefix: string, body: string, rotate: string, start = START): Detector => ({
  id,
  description,
  keywords: [prefix.toLowerCase()],
  pattern: new RegExp(String.raw`${start}(?<secret>${prefix.replace(/[.]/g, '\\.')}${body})${END}`, 'g'),
  validate: (s) => randomBody(s.slice(prefix.length)),
  rotate,
});

const OPENAI = 'Revoke it at platform.openai.com → API keys (project keys under the project, admin keys under Organization → Admin keys).';
const ANTHROPIC = 'Delete it in the Claude Console → Settings → API keys (admin keys under Admin keys).';

export const aiDetectors: readonly Detector[] = [
  {
    id: 'secret/openai-api-key',
    description: 'OpenAI API key',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(s.indexOf('-', 3) + 1)),
    rotate: OPENAI,
  },
  {
    id: 'secret/openai-api-key',
    description: 'OpenAI API key (legacy format)',
    keywords: ['t3blbkfj'],
    pattern: new RegExp(String.raw`${START_DASH}(?<secret>sk-(?:[A-Za-z0-9]{1,20}-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})${END}`, 'g'),
    validate: (s) => randomBody(s.slice(3)),
    rotate: OPENAI,
  },
  simple('secret/anthropic-api-key', 'Anthropic API key', 'sk-ant-api03-', '[A-Za-z0-9_-]{80,130}AA', ANTHROPIC, START_DASH),
  // Other key versions (`sk-ant-api01-`, `-api04-`, …) share the shape.
  { ...simple('secret/anthropic-api-key', 'Anthropic API key', 'sk-ant-api0', '[124-9]-[A-Za-z0-9_-]{80,130}AA', ANTHROPIC, START_DASH) },
  simple('secret/anthropic-admin-key', 'Anthropic Admin API key', 'sk-ant-admin01-', '[A-Za-z0-9_-]{80,110}AA', ANTHROPIC, START_DASH),
  simple('secret/huggingface-token', 'Hugging Face access token', 'hf_', '[A-Za-z0-9]{34,40}', 'Invalidate it at huggingface.co → Settings → Access Tokens.'),
  simple('secret/huggingface-token', 'Hugging Face organization API token', 'api_org_', '[A-Za-z0-9]{34}', 'Invalidate it in the organization settings on huggingface.co → API tokens.'),
  simple('secret/groq-api-key', 'Groq API key', 'gsk_', '[A-Za-z0-9]{52}', 'Delete it at console.groq.com → API Keys.'),
  simple('secret/replicate-api-token', 'Replicate API token', 'r8_', '[A-Za-z0-9]{37}', 'Disable it at replicate.com → Account settings → API tokens.'),
  simple('secret/perplexity-api-key', 'Perplexity API key', 'pplx-', '[A-Za-z0-9]{48}', 'Revoke it at perplexity.ai → Settings → API.', START_DASH),
  simple('secret/xai-api-key', 'xAI API key', 'xai-', '[A-Za-z0-9]{80}', 'Delete it in the xAI console → API Keys.', START_DASH),
  simple('secret/langsmith-api-key', 'LangSmith API key', 'lsv2_pt_', '[a-f0-9]{32}_[a-f0-9]{10}', 'Delete it in LangSmith → Settings → API Keys.'),
  simple('secret/langsmith-api-key', 'LangSmith service key', 'lsv2_sk_', '[a-f0-9]{32}_[a-f0-9]{10}', 'Delete it in LangSmith → Settings → API Keys.'),
];
