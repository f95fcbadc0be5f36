// "Move to secret store" in application configs: Spring `${NAME}`, .NET environment-provided
// values, Dockerfile build secrets. Each fix applied: the result parses, the finding is gone, and
// applying the fix again changes nothing more.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../server/src/engine/parse/yaml-entries';
import { parseJson } from '../../../server/src/engine/parse/json-entries';
import { applyFix, findings, secretsIn } from './fix-helpers';

const PW = 'Vq8sLm2xRt9z';

function again(path: string, text: string): void {
  // Nothing left to fix: no secret finding, hence no vault fix to apply a second time.
  assert.deepEqual(secretsIn(path, text), []);
  assert.equal(findings(path, text).filter((f) => f.fix?.kind === 'vault-reference').length, 0);
}

describe('vault reference: Spring Boot', () => {
  it('application.yml: the literal becomes ${NAME}, resolved from the environment', () => {
    const path = 'src/main/resources/application.yml';
    const text = `spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    password: ${PW}\n`;
    const r = applyFix(path, text);
    assert.equal(r.text, text.replace(PW, '${PASSWORD}'));
    assert.match(r.fix.title, /\$\{PASSWORD\}/);
    assert.match(r.fix.followUp!, /environment variable PASSWORD/);
    assert.deepEqual(parseYaml(r.text).problems, []);
    again(path, r.text);
  });
  it('application-prod.properties: the same reference in properties syntax', () => {
    const path = 'config/application-prod.properties';
    const text = `spring.datasource.username=app\nspring.datasource.password=${PW}\n`;
    const r = applyFix(path, text);
    assert.equal(r.text, text.replace(PW, '${SPRING_DATASOURCE_PASSWORD}'));
    again(path, r.text);
  });
  it('${NAME} references are never findings', () => {
    assert.deepEqual(secretsIn('application.yml', 'spring:\n  datasource:\n    password: ${DB_PASSWORD}\n'), []);
  });
});

describe('vault reference: .NET appsettings.json', () => {
  it('a connection string with a password is emptied; the follow-up names ConnectionStrings__Default', () => {
    const path = 'src/Web/appsettings.Development.json';
    const text = `{\n  "ConnectionStrings": {\n    "Default": "Server=db;Database=app;User Id=app;Password=${PW};"\n  }\n}\n`;
    const r = applyFix(path, text);
    assert.equal(r.text, `{\n  "ConnectionStrings": {\n    "Default": ""\n  }\n}\n`);
    assert.match(r.fix.followUp!, /ConnectionStrings__Default/);
    assert.match(r.fix.followUp!, /dotnet user-secrets set "ConnectionStrings:Default"/);
    assert.deepEqual(parseJson(r.text).problems, []);
    again(path, r.text);
  });
});

describe('vault reference: Dockerfile', () => {
  it('removes the ARG, mounts a build secret in the RUN that reads it, and tells the build flag', () => {
    const path = 'Dockerfile';
    const text = `FROM node:22\nARG NPM_TOKEN=npm_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci\nRUN npm run build\n`;
    const r = applyFix(path, text, { ruleId: 'secret/npm-token' });
    assert.equal(r.text, `FROM node:22\nRUN --mount=type=secret,id=npm-token,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci\nRUN npm run build\n`);
    assert.match(r.fix.followUp!, /docker build --secret id=npm-token,env=NPM_TOKEN/);
    again(path, r.text);
  });
  it('removes only the pair from a multi-pair ENV', () => {
    const path = 'build/app.Dockerfile';
    const text = `FROM alpine\nENV MODE=prod DB_PASSWORD="${PW}" PORT=8080\nRUN ./migrate --password "$DB_PASSWORD"\n`;
    const r = applyFix(path, text);
    assert.equal(r.text, `FROM alpine\nENV MODE=prod PORT=8080\nRUN --mount=type=secret,id=db-password,env=DB_PASSWORD ./migrate --password "$DB_PASSWORD"\n`);
    again(path, r.text);
  });
});
