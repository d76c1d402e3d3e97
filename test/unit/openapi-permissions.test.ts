// build:cloud's open-API permission lists: read from the bundle, so a call cannot go undeclared without stopping
// the build.
import { openApiPermissions, openApisNamedIn } from '../../scripts/openapi-permissions.mjs';

const adapter = 'a.openapi.wxacode.getUnlimited({scene:s});b.openapi.subscribeMessage.send(m)';
const usesQr = {
  path: 'backend/domains/account/actions/invite-sheet.ts',
  source: 'await deps.qrImages.draw(scene, url);',
};
const jobs = { path: 'backend/jobs/deliver-subscribe-message.ts', source: 'await deps.subscribeMessages.send(m);' };
const plumbing = {
  path: 'backend/runtime/create-deps.ts',
  source: 'qrImages: options.qrImages, subscribeMessages: options.subscribeMessages',
};

describe('open-API permissions from a bundle', () => {
  it('names every open API the code calls', () => {
    expect(openApisNamedIn(adapter)).toEqual(['subscribeMessage.send', 'wxacode.getUnlimited']);
  });

  it('stops the build on an open-API use it cannot read, rather than leaving it undeclared', () => {
    expect(() => openApisNamedIn(`${adapter};const{security:x}=c.openapi;x.msgSecCheck()`)).toThrow(
      /openapi\.<namespace>\.<method>/,
    );
    expect(() => openApisNamedIn(`${adapter};c.openapi["wxacode"].get()`)).toThrow();
  });

  it('stops the build on an open API no capability accounts for', () => {
    expect(() => openApiPermissions(`${adapter};c.openapi.security.msgSecCheck(t)`, [usesQr])).toThrow(
      /security\.msgSecCheck/,
    );
  });

  it('grants a function what the modules in its bundle use, not what the plumbing passes on', () => {
    expect(openApiPermissions(adapter, [usesQr, jobs, plumbing])).toEqual([
      'subscribeMessage.send',
      'wxacode.getUnlimited',
    ]);
    expect(openApiPermissions(adapter, [jobs, plumbing])).toEqual(['subscribeMessage.send']);
    // Destructured, the capability is still named.
    expect(
      openApiPermissions(adapter, [
        { path: 'backend/domains/volunteer/actions/certificate.ts', source: 'const { qrImages } = deps;' },
      ]),
    ).toEqual(['wxacode.getUnlimited']);
    // A library inside node_modules that happens to use the word is no caller of ours.
    expect(openApiPermissions(adapter, [{ path: 'node_modules/x/index.js', source: 'qrImages' }])).toEqual([]);
  });
});
