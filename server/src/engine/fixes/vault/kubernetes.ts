// "Move to a Secret" for a container's `env` literal in a Kubernetes workload:
//   - name: DB_PASSWORD              - name: DB_PASSWORD
//     value: pw               →        valueFrom:
//                                        secretKeyRef:
//                                          name: <workload>-secrets
//                                          key: db-password
// The Secret is one the user creates (never written by the fix: that would put the value back in a
// file); the follow-up gives the kubectl command and says to rotate. Only block-style env items
// with a one-line value: a flow map (`{name: X, value: y}`) is left alone (no fix offered).
import { isMap, isScalar, isSeq } from 'yaml';
import type { Emitter, VaultEdit } from './context';
import { leakedSentence, pickName } from './context';
import { locateScalar } from './yaml-locate';
import { kebab } from './names';

export const kubernetesEnv: Emitter = (ctx): VaultEdit | undefined => {
  const hit = locateScalar(ctx.yaml(), ctx.start);
  if (!hit || !hit.scalar.range || !ctx.data.wholeValue) return undefined;
  const n = hit.chain.length;
  const item = hit.chain[n - 1];
  const seq = hit.chain[n - 2];
  const envPair = hit.chain[n - 3];
  if (!item || !seq || !envPair || !isMap(item.collection) || item.collection.flow || !isSeq(seq.collection)) return undefined;
  if (!item.pair || !isScalar(item.pair.key) || item.pair.key.value !== 'value' || !isScalar(envPair.pair?.key) || envPair.pair?.key.value !== 'env') return undefined;
  const envName = item.collection.get('name');
  if (typeof envName !== 'string' || !item.pair.key.range) return undefined;
  const [, valueEnd] = hit.scalar.range;
  if (ctx.text.slice(ctx.start, valueEnd).includes('\n')) return undefined;
  const keyStart = item.pair.key.range[0];
  const indent = keyStart - (ctx.text.lastIndexOf('\n', keyStart - 1) + 1);
  const pad = ' '.repeat(indent);
  const workload = hit.doc.getIn(['metadata', 'name']);
  const secretName = `${typeof workload === 'string' && /^[a-z0-9][a-z0-9.-]{0,200}$/.test(workload) ? workload : 'app'}-secrets`;
  const key = pickName(ctx, kebab(envName).replace(/[^a-z0-9.-]/g, '-'), (k) => ctx.text.includes(`key: ${k}\n`));
  const eol = ctx.eol;
  const newText = `valueFrom:${eol}${pad}  secretKeyRef:${eol}${pad}    name: ${secretName}${eol}${pad}    key: ${key}`;
  const ns = hit.doc.getIn(['metadata', 'namespace']);
  const followUp =
    `Create the Secret the container now reads: \`kubectl create secret generic ${secretName} --from-literal=${key}=<value>${typeof ns === 'string' ? ` -n ${ns}` : ''}\` ` +
    `(add more --from-literal for its other keys), or through an ExternalSecret / SealedSecret so the value never sits in git. ${leakedSentence(ctx)}`;
  return { reference: `valueFrom.secretKeyRef ${secretName}/${key}`, name: key, edits: [{ range: { start: keyStart, end: valueEnd }, newText }], followUp, safe: true };
};
