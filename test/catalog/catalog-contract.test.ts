import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { procedureFilePath } from '../../src/catalog/file-name.js';
import { catalogIndex } from '../../src/catalog/check.js';
import { CATALOG, useMockCatalog } from '../helpers/mock-catalog.js';

/**
 * The mock catalog folder is what tests, Storybook and the demo believe a published folder holds: its index is
 * checked against the OpenAPI file's `Catalog` schema (the one the catalog command writes by), and each
 * procedure's file against `Procedure`, at the URL the file-name rule gives.
 */
type Spec = { components: { schemas: Record<string, unknown> } };
let spec: Spec;

function errors(schema: string, value: unknown): string[] {
  const v = new Validator({ $ref: `#/components/schemas/${schema}`, components: spec.components } as Schema, '2020-12', false);
  return v.validate(value).errors.filter((e) => e.keyword !== '$ref' && e.keyword !== 'properties' && e.keyword !== 'items').map((e) => `${e.instanceLocation}: ${e.error}`);
}

describe('the mock catalog folder keeps the OpenAPI contract', () => {
  before(async () => {
    spec = await (await fetch('/src/api/openapi.json')).json();
  });
  beforeEach(() => useMockCatalog());

  it('index.json is a Catalog, and passes the widgets\' own check', async () => {
    const index = await (await fetch(`${CATALOG}index.json`)).json();
    expect(errors('Catalog', index)).to.deep.equal([]);
    expect(catalogIndex(index).procedures.length).to.be.greaterThan(50);
    // The same check finds a wrong one: the schema is really applied.
    expect(errors('Catalog', { ...index, version: 2 })).not.to.deep.equal([]);
  });

  it('every procedures/{name}.json is a Procedure, found by the file-name rule', async () => {
    const index = await (await fetch(`${CATALOG}index.json`)).json();
    for (const { code } of index.procedures as { code: string }[]) {
      const res = await fetch(`${CATALOG}${procedureFilePath(code)}`);
      expect(res.status, code).to.equal(200);
      const procedure = await res.json();
      expect(procedure.code).to.equal(code);
      expect(errors('Procedure', procedure), code).to.deep.equal([]);
    }
  });
});
