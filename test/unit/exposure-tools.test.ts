// The exposure tables (server/src/engine/exposure/tools.ts): which tool a fact serves, which
// admin ports it opens, what counts as "anywhere".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PORTS, SERVER_TOOLS, guessTool, isAnywhere, openAdminPorts, portsCover } from '../../server/src/engine/exposure/tools';

const port = (p: number): { from: number; to: number } => ({ from: p, to: p });

describe('exposure tools table', () => {
  it('guesses the tool from names, tags and descriptions, as whole words', () => {
    assert.equal(guessTool({ hints: ['jira-web'], ports: [port(443)] })?.name, 'Jira');
    assert.equal(guessTool({ hints: ['"Bitbucket Data Center"'], ports: [] })?.name, 'Bitbucket');
    assert.equal(guessTool({ hints: ['{ Name = "ci", Role = "Jenkins" }'], ports: [port(8080)] })?.name, 'Jenkins');
    assert.equal(guessTool({ hints: ['aws_security_group.sonar.id'], ports: [port(9000)] })?.name, 'SonarQube');
    // "logstash" is not Bitbucket's old name "stash"; "ajira" is not Jira.
    assert.equal(guessTool({ hints: ['logstash', 'ajira'], ports: [port(5044)] }), undefined);
  });

  it('guesses from a port only when the port is distinctive', () => {
    assert.equal(guessTool({ hints: ['sg-1'], ports: [port(7990)] })?.name, 'Bitbucket');
    assert.equal(guessTool({ hints: ['sg-1'], ports: [port(8200)] })?.name, 'Vault');
    assert.equal(guessTool({ hints: ['sg-1'], ports: [port(8080)] }), undefined);
    assert.equal(guessTool({ hints: ['sg-1'], ports: [] }), undefined);
  });

  it('finds admin and database ports in ranges, and every one when all ports are open', () => {
    assert.deepEqual(openAdminPorts({ ports: [{ from: 20, to: 25 }] }).map((a) => a.port), [22, 23]);
    assert.deepEqual(openAdminPorts({ ports: [port(443)] }), []);
    assert.equal(openAdminPorts({ ports: [] }).length, ADMIN_PORTS.length);
    assert.ok(portsCover([], 3389) && portsCover([{ from: 3000, to: 4000 }], 3389) && !portsCover([port(443)], 3389));
  });

  it('knows every spelling of "anywhere", and nothing narrower', () => {
    for (const s of ['0.0.0.0/0', '::/0', '*', 'Internet', 'Any', ' "0.0.0.0/0" ']) assert.ok(isAnywhere(s), s);
    for (const s of ['10.0.0.0/8', '0.0.0.0/8', 'VirtualNetwork', '203.0.113.0/24', '']) assert.ok(!isAnywhere(s), s);
  });

  it('every tool has keywords and ports; distinctive ports are its own and not shared', () => {
    const owners = new Map<number, string>();
    for (const t of SERVER_TOOLS) {
      assert.ok(t.keywords.length > 0 && t.ports.length > 0, t.name);
      for (const p of t.distinctivePorts ?? []) {
        assert.ok(t.ports.includes(p), `${t.name} ${p}`);
        assert.ok(!owners.has(p), `${p} is distinctive for ${owners.get(p)} and ${t.name}`);
        owners.set(p, t.name);
      }
    }
  });
});
